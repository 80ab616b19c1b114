package jp.hoshin.shared.web;

import jp.hoshin.identity.Role;
import jp.hoshin.identity.SignIns;
import jp.hoshin.identity.internal.WebSliceSecurity;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.InputText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A business rule's refusal of a staff form that did not catch it itself: back to the page the form was on, with the
 * reason and what was typed (never a password); anyone else, or a request from no page of this site, gets the 409 page.
 */
@WebMvcTest(RefusedFormGoesBackTest.Refusing.class)
@Import({WebSliceSecurity.class, RefusedFormGoesBackTest.Refusing.class})
class RefusedFormGoesBackTest {

    private static final String PAGE = "/staff/m/132047/2020/departments";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SignIns signIns;

    @Controller
    static class Refusing {
        @PostMapping({"/staff/m/132047/refuse", "/m/132047/refuse"})
        String refuse(@RequestParam String name) {
            throw new BusinessRuleException("部の名称「" + name + "」は、この年度のほかの部が使っています。");
        }

        @PostMapping({"/staff/m/132047/note", "/m/132047/note"})
        String note(@RequestParam String title, @RequestParam String text) {
            return "redirect:" + PAGE;
        }
    }

    private MockHttpServletRequestBuilder refused(String path) {
        return post(path).param("name", "企画部").param("password", "secret").with(csrf());
    }

    @Test
    void aStaffFormGoesBackToItsPageWithTheReasonAndWhatWasTyped() throws Exception {
        var result = mvc.perform(refused("/staff/m/132047/refuse")
                        .header("Referer", "http://localhost" + PAGE)
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, "132047")))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("flashError", "部の名称「企画部」は、この年度のほかの部が使っています。"))
                .andReturn();
        TypedForm typed = (TypedForm) result.getFlashMap().get(TypedForm.FLASH);
        assertThat(typed.action()).isEqualTo("/staff/m/132047/refuse");
        assertThat(typed.values()).containsOnlyKeys("name");
        assertThat(typed.values().get("name")).containsExactly("企画部");
        assertThat(typed.errors()).containsEntry("name", "部の名称「企画部」は、この年度のほかの部が使っています。");
    }

    @Test
    void aTextLongerThanAnyFieldTakesGoesBackWithEverythingTypedAndTheMessageAtItsField() throws Exception {
        String tooLong = "あ".repeat(InputText.MAX_LENGTH + 1);
        var result = mvc.perform(post("/staff/m/132047/note")
                        .param("title", "進捗")
                        .param("text", tooLong)
                        .with(csrf())
                        .header("Referer", "http://localhost" + PAGE)
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, "132047")))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(PAGE))
                .andReturn();
        TypedForm typed = (TypedForm) result.getFlashMap().get(TypedForm.FLASH);
        assertThat(typed.values().get("title")).containsExactly("進捗");
        assertThat(typed.values().get("text")).containsExactly(tooLong);
        assertThat(typed.errors()).containsOnlyKeys("text");
        assertThat(typed.errors().get("text")).contains("20,000");

        // not signed in (the public site's forms bind objects), the same text is the 400 page in Japanese
        mvc.perform(post("/m/132047/note")
                        .param("title", "進捗")
                        .param("text", tooLong)
                        .with(csrf())
                        .header("Referer", "http://localhost/m/132047/"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void withoutAPageOfThisSiteToGoBackToItIsThe409Page() throws Exception {
        mvc.perform(refused("/staff/m/132047/refuse")
                        .header("Referer", "https://example.org" + PAGE)
                        .with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, "132047")))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("この年度のほかの部が使っています")));
        mvc.perform(refused("/staff/m/132047/refuse").with(WebSliceSecurity.as(signIns, Role.PLANNING_ADMIN, "132047")))
                .andExpect(status().isConflict());
    }

    @Test
    void aReaderWhoIsNotSignedInGetsThe409Page() throws Exception {
        mvc.perform(refused("/m/132047/refuse").header("Referer", "http://localhost/m/132047/"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("この操作はできません")));
    }
}
