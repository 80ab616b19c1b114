package jp.hoshin.demo;

import org.springframework.core.env.PropertyResolver;

/**
 * When demo data and demo accounts are made. Demo data: {@code hoshin.demo.enabled} ({@code HOSHIN_DEMO}) {@code auto}
 * (only with the embedded database), {@code true} or {@code false}; never with an external database unless set to
 * {@code true}. Demo accounts besides: a non-empty {@code hoshin.demo.password} and not a public-only instance.
 */
record DemoSettings(boolean dataEnabled, boolean accountsEnabled) {

    static DemoSettings of(PropertyResolver environment) {
        String enabled = environment.getProperty("hoshin.demo.enabled", "auto").strip();
        String url = environment.getProperty("spring.datasource.url", "");
        boolean data = "auto".equalsIgnoreCase(enabled) ? url.isBlank() : Boolean.parseBoolean(enabled);
        boolean publicOnly = "public"
                .equalsIgnoreCase(
                        environment.getProperty("hoshin.mode", "staff").strip());
        boolean accounts =
                data && !environment.getProperty("hoshin.demo.password", "").isBlank() && !publicOnly;
        return new DemoSettings(data, accounts);
    }
}
