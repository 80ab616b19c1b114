package jp.hoshin.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.PublicCommentFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors get no session row, over real HTTP as a browser sees it: public pages, the sign-in page, the staff
 * pages' redirect to it, and the opinion form shown and sent (its CSRF token in an HttpOnly cookie); without the token
 * the form is still refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousVisitorsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndividualPlans plans;

    @Autowired
    Consultations consultations;

    @Autowired
    Opinions opinions;

    @Autowired
    Clock clock;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousVisitorsIncludingTheOpinionFormCreateNoSessionRow() throws Exception {
        long consultation = openConsultation();
        String form = "/m/132047/comments/" + consultation + "/opinion";
        int before = sessionRows();
        for (String page :
                List.of("/", "/m/132047", "/login", "/m/132047/comments", form, "/staff", "/staff/m/132047")) {
            HttpResponse<String> response = get(page, null);
            assertThat(response.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("SESSION="));
        }
        HttpResponse<String> page = get(form, null);
        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie)
                .as("the form's CSRF token is kept in a cookie")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(field.find()).isTrue();
        String plan = jdbc.queryForObject("select plan_ids from consultation where id = ?", String.class, consultation)
                .split(",")[0]
                .strip();

        HttpResponse<String> sent = post(
                form,
                cookie,
                Map.of(
                        "_csrf",
                        field.group(1),
                        "submitterType",
                        "individual",
                        "address",
                        "三鷹市野崎1-1-1",
                        "name",
                        "三鷹 花子",
                        "phone",
                        "0422-45-1151",
                        "planId",
                        plan,
                        "opinion",
                        "セッションなしで送れます。"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).contains("/receipt?number=");
        assertThat(sent.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));

        HttpResponse<String> forged = post(form, cookie, Map.of("submitterType", "individual", "opinion", "トークンなし"));
        assertThat(forged.statusCode())
                .as("without the token the form is still refused")
                .isEqualTo(403);
        assertThat(sessionRows()).as("no session row was written").isEqualTo(before);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int sessionRows() {
        return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
    }

    private long openConsultation() {
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        IndividualPlanView plan =
                plans.register("132047", PublicCommentFixtures.detailedPlan("セッション試験計画" + UUID.randomUUID()));
        var c = new PublicCommentFixtures("132047", consultations, opinions, jdbc)
                .announced(PublicCommentFixtures.detailedConsultation("セッション試験の意見募集", plan.id(), today));
        return c.id();
    }
}
