package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A form sent twice (a double click, a reload of the answer) does its work once; the second is refused in Japanese. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DuplicateSubmissionTest {

    private static final String M = "132047";
    private static final Pattern TOKEN = Pattern.compile("name=\"_submission\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    JdbcTemplate jdbc;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder register(String token, String name) {
        return register(token, name, "http://localhost/staff/m/" + M + "/comments");
    }

    private MockHttpServletRequestBuilder register(String token, String name, String referer) {
        return post("/staff/m/" + M + "/comments/plans")
                .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                .with(csrf())
                .header("Referer", referer)
                .param("_submission", token)
                .param("name", name)
                .param("kind", "FORMULATION")
                .param("departmentCode", "kikaku");
    }

    private int plansNamed(String name) {
        Integer n = jdbc.queryForObject("select count(*) from individual_plan where name = ?", Integer.class, name);
        return n == null ? 0 : n;
    }

    @Test
    void everyPostFormCarriesItsOwnTokenAndASecondSubmissionDoesNothing() throws Exception {
        String html = page("/staff/m/" + M + "/comments");
        Matcher m = TOKEN.matcher(html);
        assertThat(m.find()).as("the register form carries a token").isTrue();
        String token = m.group(1);
        assertThat(m.find()).as("each form its own token").isTrue();
        assertThat(m.group(1)).isNotEqualTo(token);

        mvc.perform(register(token, "二重送信テスト計画"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(register(token, "二重送信テスト計画"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/staff/m/" + M + "/comments"));
        assertThat(plansNamed("二重送信テスト計画")).isEqualTo(1);

        String fresh = TOKEN.matcher(page("/staff/m/" + M + "/comments"))
                .results()
                .map(r -> r.group(1))
                .findFirst()
                .orElseThrow();
        mvc.perform(register(fresh, "二重送信テスト計画")).andExpect(status().is3xxRedirection());
        assertThat(plansNamed("二重送信テスト計画"))
                .as("a new rendering of the form is a new submission")
                .isEqualTo(2);
    }

    @Test
    void aSecondSubmissionWithoutAPageToGoBackToIsAJapanese409() throws Exception {
        String token = "0b7f4a9e-3c1d-4e55-9a7b-2f6c8d1e0a11";
        mvc.perform(register(token, "二重送信テスト計画２", "https://elsewhere.example/staff/m/" + M + "/comments"))
                .andExpect(status().is3xxRedirection());
        String body = mvc.perform(register(token, "二重送信テスト計画２", "https://elsewhere.example/staff/m/" + M + "/comments"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("この送信はすでに受け付けています", "二度目の送信は処理しませんでした");
        assertThat(plansNamed("二重送信テスト計画２")).isEqualTo(1);
    }

    @Test
    void aFormWithoutAToken_theApiOrAnOlderPage_isLeftToTheOtherChecks() throws Exception {
        mvc.perform(register("", "二重送信テスト計画３")).andExpect(status().is3xxRedirection());
        mvc.perform(register("not-a-token", "二重送信テスト計画３")).andExpect(status().is3xxRedirection());
        assertThat(plansNamed("二重送信テスト計画３")).isEqualTo(2);
    }
}
