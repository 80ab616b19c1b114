package jp.hoshin.identity.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.shared.HoshinMode;
import jp.hoshin.shared.web.TypedForms;
import jp.hoshin.shared.web.WebSliceErrors;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For {@code @WebMvcTest} slices of staff controllers: the real security rules (the filter chains of
 * {@link SecurityConfiguration}: staff pages need a sign-in, CSRF on every POST) and the real {@link Access}, which
 * asks {@link SignIns} for the staff member as the database knows them — the slice replaces SignIns with a
 * {@code @MockitoBean} and {@link #as} teaches it one staff member per request. Refusals answer with the real error page.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    SecurityConfiguration.class,
    LoginFailureHandler.class,
    Access.class,
    HoshinMode.class,
    Viewer.class,
    WebSliceErrors.class,
    TypedForms.class
})
public class WebSliceSecurity {

    private static final AtomicLong IDS = new AtomicLong(1000);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Signs the request in as a staff member of the municipality with the role (and, for an editor, the departments). */
    public static RequestPostProcessor as(
            SignIns signIns, Role role, String municipalityCode, String... departmentCodes) {
        String username =
                role.name().toLowerCase(Locale.ROOT) + "-" + municipalityCode + "-" + String.join("-", departmentCodes);
        StaffPrincipal staff = new StaffPrincipal(
                IDS.incrementAndGet(),
                username,
                username,
                role,
                municipalityCode,
                Set.of(departmentCodes),
                "",
                true,
                false);
        Mockito.when(signIns.principal(username)).thenReturn(Optional.of(staff));
        return SecurityMockMvcRequestPostProcessors.user(staff);
    }
}
