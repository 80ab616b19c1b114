package jp.hoshin.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application's handler lookup ({@link PathFirstMappings}: only the mappings filed under the request's literal
 * segments tried, the path first) finds the same handler as Spring's own lookup over the same mappings, for a path made from
 * every pattern of the application, as written and with its literal segments percent-encoded, and for paths no
 * pattern has: the same handler, the same pattern and the same path variables.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PathFirstMappingsTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)(?::((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping application;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    /** The actuator's mapping comes after the application's, which passes its paths on. */
    @Test
    void actuatorStillAnswers() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(post("/actuator/health/liveness")).andExpect(status().is4xxClientError());
    }

    @Test
    void findsWhatSpringsOwnLookupFinds() throws Exception {
        assertThat(application).isInstanceOf(PathFirstMappings.Mapping.class);
        assertThat(((PathFirstMappings.Mapping) application).indexed()).isTrue();
        assertThat(application.getOrder()).isEqualTo(PathFirstMappings.Mapping.FIRST);
        RequestMappingHandlerMapping reference = new RequestMappingHandlerMapping();
        reference.setApplicationContext(context);
        Map<RequestMappingInfo, HandlerMethod> methods = application.getHandlerMethods();
        methods.forEach((info, method) -> reference.registerMapping(info, method.getBean(), method.getMethod()));

        List<String[]> requests = new ArrayList<>();
        for (RequestMappingInfo info : methods.keySet()) {
            String verb = info.getMethodsCondition().getMethods().stream()
                    .findFirst()
                    .map(RequestMethod::name)
                    .orElse("GET");
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = concrete(pattern.getPatternString());
                requests.add(new String[] {verb, path});
                requests.add(new String[] {verb, encoded(path)});
                requests.add(new String[] {"GET", path});
            }
        }
        requests.add(new String[] {"GET", "/no/such/page"});
        requests.add(new String[] {"GET", "/m/132047/2020/departmentz"});
        requests.add(new String[] {"GET", "/actuator/health"}); // the actuator's, after this mapping
        requests.add(new String[] {"GET", "/actuator/health/liveness"});
        assertThat(requests).hasSizeGreaterThan(200);
        int found = 0;
        for (String[] r : requests) {
            String ours = handler(application, r[0], r[1]);
            assertThat(ours).as(r[0] + " " + r[1]).isEqualTo(handler(reference, r[0], r[1]));
            if (!ours.startsWith("none") && !ours.startsWith("refused") && r[1].contains("%")) {
                found++;
            }
        }
        assertThat(found).as("percent-encoded paths that found a handler").isGreaterThan(requests.size() / 6);
    }

    private static String handler(RequestMappingHandlerMapping mapping, String verb, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(verb, path);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null
                    ? "none"
                    : chain.getHandler() + " " + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
                            + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                            + " " + request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        } catch (Exception e) {
            return "refused " + e.getClass().getSimpleName();
        }
    }

    /** The pattern with each variable replaced by a value its regular expression (if any) accepts. */
    private static String concrete(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String regex = m.group(2);
            String value = List.of("2024", "132047", "K2-3", "sample", "a1").stream()
                    .filter(v -> regex == null || v.matches(regex))
                    .findFirst()
                    .orElse("x");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replace("**", "x/y");
    }

    /** The first letter of every segment percent-encoded: the same path once decoded. */
    private static String encoded(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            boolean letter = !segment.isEmpty() && segment.charAt(0) < 128 && Character.isLetter(segment.charAt(0));
            segments.add(letter ? "%%%02X%s".formatted((int) segment.charAt(0), segment.substring(1)) : segment);
        }
        return String.join("/", segments);
    }
}
