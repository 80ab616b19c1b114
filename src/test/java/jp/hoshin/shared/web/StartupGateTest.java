package jp.hoshin.shared.web;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class StartupGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGate gate = gate(availability);

    private static StartupGate gate(ApplicationAvailabilityBean availability) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("availability", availability);
        return new StartupGate(
                beans.getBeanProvider(org.springframework.boot.availability.ApplicationAvailability.class));
    }

    private void becomes(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
    }

    private MockHttpServletResponse get(String uri, AtomicBoolean passed) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(request, response, (req, res) -> passed.set(true));
        return response;
    }

    @Test
    void whileStartingPagesAnswer503InJapaneseAndReloadThemselves() throws Exception {
        AtomicBoolean passed = new AtomicBoolean();
        MockHttpServletResponse page = get("/m/132047/", passed);

        assertThat(passed).isFalse();
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("5");
        assertThat(page.getContentAsString()).contains("lang=\"ja\"", "Hoshin を起動しています", "http-equiv=\"refresh\"");
    }

    @Test
    void whileStartingTheApiAnswersAProblemDetailAndTheProbesAreOpen() throws Exception {
        AtomicBoolean passed = new AtomicBoolean();
        MockHttpServletResponse api = get("/api/v1/municipalities", passed);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503", "起動");
        assertThat(passed).isFalse();

        get("/actuator/health/readiness", passed);
        assertThat(passed).isTrue();
    }

    @Test
    void onceReadyEveryRequestPassesAndWhenShuttingDownThePagesAreClosedAgain() throws Exception {
        becomes(ReadinessState.ACCEPTING_TRAFFIC);
        AtomicBoolean passed = new AtomicBoolean();
        assertThat(get("/m/132047/", passed).getStatus()).isEqualTo(200);
        assertThat(passed).isTrue();

        becomes(ReadinessState.REFUSING_TRAFFIC);
        AtomicBoolean afterwards = new AtomicBoolean();
        assertThat(get("/m/132047/", afterwards).getStatus()).isEqualTo(503);
        assertThat(afterwards).isFalse();
    }
}
