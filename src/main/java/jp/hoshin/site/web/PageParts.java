package jp.hoshin.site.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.shared.web.TypedForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.util.UriUtils;

/**
 * What a compiled page ({@code src/main/jte}) asks of the request while it is written, as Thymeleaf's {@code @{…}},
 * {@code #{…}} and form processing answer it for the other pages: links through {@link HttpServletResponse#encodeURL}
 * (so {@code /assets/…} get their content-hashed names), texts from {@code messages.properties} through the same
 * {@link MessageSource}, who is signed in, the hidden fields of a form (the CSRF token and the submission token), what
 * was typed into a refused form ({@code @typed}), and another compiled template by name (a panel another module
 * contributes).
 */
public final class PageParts {

    private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

    private static final String ASSETS = "/assets/";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final PageTexts texts;
    private final Locale locale;
    private final boolean publicOnly;
    private final @Nullable RequestDataValueProcessor forms;
    private final @Nullable Integer unreadNotifications;
    private final @Nullable Authentication authentication;
    private final Map<String, String> assets;
    private final TemplateEngine engine;
    private final TypedForms typed;

    PageParts(
            TemplateEngine engine,
            TypedForms typed,
            Map<String, String> assets,
            HttpServletRequest request,
            HttpServletResponse response,
            PageTexts texts,
            Locale locale,
            boolean publicOnly,
            @Nullable RequestDataValueProcessor forms,
            @Nullable Integer unreadNotifications) {
        this.engine = engine;
        this.typed = typed;
        this.assets = assets;
        this.request = request;
        this.response = response;
        this.texts = texts;
        this.locale = locale;
        this.publicOnly = publicOnly;
        this.forms = forms;
        this.unreadNotifications = unreadNotifications;
        this.authentication = SecurityContextHolder.getContext().getAuthentication();
    }

    /**
     * A link to a path of this site ({@code /m/132047/}), as {@code @{…}} writes it. A stylesheet or script under
     * {@code /assets/} is named by its content hash; that name, the same for every request, is looked up once. Any other
     * path is written as it is: Spring Security turns off the session id in links, and no other link names a static
     * resource, so {@code encodeURL} through the filters' wrappers (the resource chain tried every link as a resource)
     * left it unchanged, at about 1 % of a page (issue 19).
     */
    public String url(String path) {
        if (path.startsWith(ASSETS)) {
            return assets.computeIfAbsent(path, p -> response.encodeURL(request.getContextPath() + p));
        }
        return request.getContextPath() + path;
    }

    /** One segment of a path, encoded as {@code @{/m/{c}/(c=…)}} encodes its variables. */
    public static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    /** The text of {@code code} in {@code messages.properties}, with its arguments, as {@code #{code(…)}} gives it. */
    public String msg(String code, Object... args) {
        return texts.text(code, args, locale);
    }

    public boolean signedIn() {
        return TRUST.isAuthenticated(authentication);
    }

    /** Deployment in public-only mode: no sign-in link. */
    public boolean publicOnly() {
        return publicOnly;
    }

    /** 「…でサインイン中」 for the header, empty when nobody or no member of staff is signed in. */
    public String signedInAs() {
        return signedIn() && authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff
                ? msg("layout.signedInAs", staff.displayName(), staff.role().label())
                : "";
    }

    /** The link text of the notifications, with the number unread when there are any. */
    public String notificationsLink() {
        return unreadNotifications != null && unreadNotifications > 0
                ? msg("notification.header.unread", unreadNotifications.toString())
                : msg("notification.header.link");
    }

    /** The hidden fields a form posting to this site carries (CSRF, submission token), as Thymeleaf adds them. */
    public Map<String, String> hiddenFields() {
        if (forms == null) {
            return Map.of();
        }
        Map<String, String> fields = forms.getExtraHiddenFields(request);
        return fields == null ? Map.of() : fields;
    }

    /** What was typed into a refused form, and its messages, as {@code @typed} gives them to Thymeleaf. */
    public TypedForms typed() {
        return typed;
    }

    /**
     * The compiled template {@code name} ({@code src/main/jte/name.jte}), written with this page's parts and {@code data}
     * as its parameters {@code page} and {@code data}: a panel another module contributes to a page.
     */
    public Content render(String name, Object data) {
        return output -> engine.render(name + ".jte", Map.of("page", this, "data", data), output);
    }
}
