package jp.hoshin.organization;

import java.util.List;
import java.util.function.Supplier;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.shared.Fuzz;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Fuzzing of the API's update of a department (the one JSON write of /api/v1): 200 generated bodies ({@link Fuzz}) —
 * every text field with generated text, numbers out of range, wrong types, broken JSON. Never an HTTP 500; a refusal is
 * problem+json in Japanese. Rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DepartmentApiFuzzTest {

    private static final String URL = "/api/v1/municipalities/132047/fiscal-years/2020/departments/kikaku";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Test
    void everyBodyIsTakenOrRefusedInJapaneseNeverAServerError() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Fuzz.run("DepartmentApiFuzzTest.everyBodyIsTakenOrRefusedInJapaneseNeverAServerError", 200, (fuzz, i) -> {
            Supplier<Object> number = () -> fuzz.either(fuzz::anyLong, () -> fuzz.oneOf("x", "１０", -1, 1e300, ""));
            Supplier<Object> text = () -> fuzz.either(fuzz::text, () -> null, () -> fuzz.oneOf(12, true, List.of("a")));
            List<Object> v = fuzz.list(10, 10, () -> fuzz.either(text, number));
            String body;
            if (i % 10 == 9) {
                body = "{\"version\":0,\"head\":{\"name\":\"" + v.get(0); // broken JSON
            } else {
                java.util.Map<String, Object> head = new java.util.HashMap<>();
                head.put("name", v.get(0));
                head.put("nameKana", v.get(1));
                java.util.Map<String, Object> resources = new java.util.HashMap<>();
                resources.put("staffCount", v.get(2));
                resources.put("budgetYen", v.get(3));
                java.util.Map<String, Object> update = new java.util.HashMap<>();
                update.put("version", (i + 1) % 3 == 0 ? v.get(4) : 0);
                update.put("head", head);
                update.put("basicPolicy", v.get(5));
                update.put("work", v.get(6));
                update.put("missionHeadline", v.get(7));
                update.put("mission", v.get(8));
                update.put("resources", resources);
                update.put("sections", v.get(9) instanceof String s ? List.of(s, "企画経営課") : v.get(9));
                body = json.writeValueAsString(update);
            }
            var response = mvc.perform(put(URL).with(StaffUsers.as(signIns, "mitaka-kikaku"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus())
                    .as(body.length() > 300 ? body.substring(0, 300) : body)
                    .isLessThan(500);
            if (response.getStatus() >= 400) {
                assertThat(response.getContentType()).startsWith("application/problem+json");
                assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                        .doesNotContain("Exception", "tools.jackson");
            }
        });
    }
}
