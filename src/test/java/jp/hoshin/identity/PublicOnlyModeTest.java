package jp.hoshin.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * HOSHIN_MODE=public: every staff route and every write (but the opinion form) answers 404, enumerated from the request
 * mappings, with a signed-in staff member's credentials too; the public site and the public API still answer.
 */
@SpringBootTest(properties = "hoshin.mode=public")
@AutoConfigureMockMvc
class PublicOnlyModeTest {

    private static final Set<String> PUBLIC_API = Set.of(
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
            "/api/v1/municipalities/*/fiscal-years/*/measure-evaluations.csv",
            "/api/v1/municipalities/*/search",
            "/api/v1/municipalities/*/plans",
            "/api/v1/municipalities/*/plans/**");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyStaffRouteAndEveryWriteAnswers404() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> reachable = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE)
                    : info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods) {
                    if (!staffOrWrite(method, pattern)) {
                        continue;
                    }
                    String path = concrete(pattern);
                    for (boolean withCredentials : List.of(false, true)) {
                        var request =
                                request(HttpMethod.valueOf(method.name()), path).with(csrf());
                        if (withCredentials) {
                            request = request.header(
                                    "Authorization",
                                    "Basic "
                                            + java.util.Base64.getEncoder()
                                                    .encodeToString("mitaka-admin:hoshin-demo-local".getBytes()));
                        }
                        int status =
                                mvc.perform(request).andReturn().getResponse().getStatus();
                        checked.add(method + " " + path);
                        if (status != 404) {
                            reachable.add(method + " " + path + " → " + status);
                        }
                    }
                }
            }
        }
        assertThat(checked)
                .as("the staff pages, staff API and writes were found")
                .hasSizeGreaterThan(100);
        assertThat(checked)
                .anyMatch(c -> c.startsWith("GET /staff/m/"))
                .anyMatch(c -> c.startsWith("POST /staff/"))
                .anyMatch(c -> c.startsWith("GET /login"));
        assertThat(reachable)
                .as("answered something else than 404 in public-only mode")
                .isEmpty();
        for (String path : List.of("/login", "/logout")) {
            assertThat(mvc.perform(post(path)
                                    .with(csrf())
                                    .param("username", "mitaka-admin")
                                    .param("password", "hoshin-demo-local"))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("POST " + path)
                    .isEqualTo(404);
        }
    }

    @Test
    void thePublicSiteThePublicApiAndTheOpinionFormStillAnswer() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/m/132047")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/municipalities/132047/fiscal-years/2020/departments"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("職員サインイン");
        assertThat(mvc.perform(post("/m/132047/comments/999999/opinion")
                                .with(csrf())
                                .param("opinion", "意見"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the opinion form is reached (no such consultation here)")
                .isNotEqualTo(403)
                .isIn(200, 302, 400, 404);
    }

    private static boolean staffOrWrite(RequestMethod method, String pattern) {
        if (pattern.equals("/m/{code}/comments/{id}/opinion") && method == RequestMethod.POST) {
            return false;
        }
        if (method != RequestMethod.GET && method != RequestMethod.HEAD) {
            return true;
        }
        if (pattern.startsWith("/staff") || pattern.equals("/login")) {
            return true;
        }
        AntPathMatcher matcher = new AntPathMatcher();
        return pattern.startsWith("/api/") && PUBLIC_API.stream().noneMatch(p -> matcher.match(p, concrete(pattern)));
    }

    private static String concrete(String pattern) {
        return pattern.replace("{code}", "132047")
                .replace("{year}", "2020")
                .replace("/**", "/x")
                .replaceAll("\\{\\*?[a-zA-Z]+(:[^}]*)?}", "1");
    }
}
