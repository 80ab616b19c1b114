package jp.hoshin.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.shared.HoshinMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Who may reach what. Public pages, the public API and health are open; staff pages need sign-in
 * (form login, sessions in the database); the API takes HTTP Basic for staff calls. Finer rules
 * (municipality, department) are checked by {@link jp.hoshin.identity.Access} in each controller.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HoshinSecurityProperties.class)
class SecurityConfiguration {

    /** The API anyone may read (the rest needs a staff account). */
    static final List<String> PUBLIC_API_READS = List.of(
            "/api/v1/municipalities",
            "/api/v1/municipalities/*",
            "/api/v1/municipalities/*/fiscal-years",
            "/api/v1/municipalities/*/fiscal-years/*/departments",
            "/api/v1/municipalities/*/fiscal-years/*/departments/*",
            "/api/v1/municipalities/*/fiscal-years/*/departments/*/lineage",
            "/api/v1/municipalities/*/fiscal-years/*/department-plans",
            "/api/v1/municipalities/*/fiscal-years/*/department-plans.csv",
            "/api/v1/municipalities/*/fiscal-years/*/midyear-checks",
            "/api/v1/municipalities/*/fiscal-years/*/midyear-checks.csv",
            "/api/v1/municipalities/*/fiscal-years/*/evaluations",
            "/api/v1/municipalities/*/fiscal-years/*/evaluations.csv",
            "/api/v1/municipalities/*/search",
            "/api/v1/municipalities/*/fiscal-years/*/measure-evaluations.csv",
            "/api/v1/municipalities/*/plans",
            "/api/v1/municipalities/*/plans/**");

    /** HOSHIN_MODE=public: only the public site, the public API reads and the opinion form, before any other filter. */
    @Bean
    FilterRegistrationBean<PublicOnlyFilter> publicOnly(HoshinMode mode) {
        FilterRegistrationBean<PublicOnlyFilter> registration = new FilterRegistrationBean<>(new PublicOnlyFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(mode.publicOnly());
        return registration;
    }

    /**
     * No observation of Spring Security's filters and authorisation: {@code management.observations.enable.spring.security}
     * only turns the observations into no-ops, and the decorator that wraps every filter of the chain still ran on every
     * request (about 3 % of a public page's CPU, issue 19).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Clock clock, HoshinSecurityProperties properties) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(
                        new SessionLifetimeFilter(properties.sessionAbsoluteLifetime(), clock),
                        SecurityContextHolderFilter.class)
                .securityContext(context -> context.securityContextRepository(new ApiSessionReads()))
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(HttpMethod.GET, PUBLIC_API_READS.toArray(String[]::new))
                                .permitAll()
                                .anyRequest()
                                .hasRole("STAFF"))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorizedProblem))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfiguration::unauthorizedProblem))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** 401 for the API as an RFC 9457 problem detail, in Japanese. */
    private static void unauthorizedProblem(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Hoshin\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"サインインが必要です\",\"status\":401,"
                        + "\"detail\":\"この操作には職員のユーザー名とパスワード（HTTP Basic 認証）が必要です。\",\"instance\":\""
                        + request.getRequestURI().replace("\"", "") + "\"}");
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            AuthenticationFailureHandler failureHandler,
            Clock clock,
            HoshinSecurityProperties properties)
            throws Exception {
        http.addFilterBefore(
                        new SessionLifetimeFilter(properties.sessionAbsoluteLifetime(), clock),
                        SecurityContextHolderFilter.class)
                // anonymous visitors get no session: CSRF tokens in a cookie until sign-in, the page asked for before
                // sign-in in a cookie too
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/staff/**")
                        .hasRole("STAFF")
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(failureHandler)
                        .defaultSuccessUrl("/staff", false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
