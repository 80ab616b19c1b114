package jp.hoshin.site.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearStatus;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.SectionView;
import jp.hoshin.shared.web.TypedForms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages written by compiled templates (src/main/jte) look like every other page: the same head, header, sign-in state,
 * sign-out form and footer as a Thymeleaf page of the same municipality, for a visitor and for a member of staff, and
 * what they write escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompiledPagesTest {

    /** Written by jte. */
    private static final String COMPILED = "/m/132047/2020/departments";

    private static final String COMPILED_RESULTS = "/m/990001/2024/results";

    /** Written by Thymeleaf (fragments/layout.html). */
    private static final String THYMELEAF = "/m/132047/2020/departments/kikaku";

    private static final String THYMELEAF_SAMPLE = "/m/990001/2024/plans";

    @Autowired
    MockMvc mvc;

    @Test
    void aVisitorSeesTheSameFrameOnCompiledAndThymeleafPages() throws Exception {
        assertSameFrame(page(get(COMPILED)), page(get(THYMELEAF)));
        assertSameFrame(page(get(COMPILED_RESULTS)), page(get(THYMELEAF_SAMPLE)));
    }

    @Test
    void staffSeeTheSameFrameWithTheirNameAndAWorkingSignOutForm() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("mitaka-viewer").password("hoshin-demo-local"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        Document compiled = page(get(COMPILED).cookie(session));
        Document thymeleaf = page(get(THYMELEAF).cookie(session));
        assertThat(compiled.select("header .signed-in").text()).contains("サインイン中");
        Element signOut = compiled.selectFirst("form[action=/logout]");
        assertThat(signOut).isNotNull();
        assertThat(signOut.select("input[type=hidden][name=_csrf]").attr("value"))
                .isNotBlank();
        assertThat(signOut.select("input[type=hidden][name=_submission]").attr("value"))
                .isNotBlank();
        assertSameFrame(compiled, thymeleaf);
    }

    @Test
    void whatAPageWritesIsEscaped() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        MockHttpServletResponse response = new MockHttpServletResponse();
        PageParts page = new PageParts(
                TemplateEngine.createPrecompiled(ContentType.Html),
                new TypedForms(),
                new HashMap<>(),
                new MockHttpServletRequest(),
                response,
                new PageTexts(messages, 100),
                Locale.JAPAN,
                false,
                null,
                null);
        var municipality = new MunicipalityView(1, "990009", "<b>市</b>", null, "東京都", true, null, 0);
        var year = new FiscalYearView(
                1, "990009", FiscalYear.of(2020), FiscalYearStatus.OPEN, Instant.EPOCH, "test", null, null, 0);
        var department = new DepartmentView(
                1,
                1,
                "x\"><script>",
                "<script>alert(1)</script>",
                1,
                new DepartmentProfile("<i>部長</i>", null, null, null, null, null, null, null),
                List.of(new SectionView(1, "課&係", 1)),
                0);
        StringOutput out = new StringOutput();
        TemplateEngine.createPrecompiled(ContentType.Html)
                .render(
                        "site/departments.jte",
                        Map.of(
                                "page",
                                page,
                                "municipality",
                                municipality,
                                "fiscalYear",
                                year,
                                "departments",
                                List.of(department)),
                        out);
        String html = out.toString();
        assertThat(html)
                .doesNotContain("<script>", "<b>", "<i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;i&gt;部長&lt;/i&gt;", "課&amp;係")
                .contains("/departments/x%22%3E%3Cscript%3E\"");
    }

    @Test
    void aCompiledPageHasItsOwnTitleAndLinksThatAnswer() throws Exception {
        Document compiled = page(get(COMPILED));
        assertThat(compiled.title()).isEqualTo("令和2（2020）年度 部の一覧 | 三鷹市");
        assertThat(compiled.select("main h1").text()).isEqualTo("令和2（2020）年度 部の一覧");
        assertThat(compiled.select("main table tbody tr")).isNotEmpty();
        // every link to a department of the list is a page that answers
        for (Element link : compiled.select("main table tbody a")) {
            mvc.perform(get(link.attr("href"))).andExpect(status().isOk());
        }
    }

    @Test
    void aCompiledPageIsSentAsUtf8WithItsLength() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(COMPILED))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        byte[] body = response.getContentAsByteArray();
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getContentLength()).isEqualTo(body.length);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("<h1>令和2（2020）年度 部の一覧</h1>");
    }

    /** The head (but its title), the header and the footer, with the tokens of hidden fields left out. */
    private static void assertSameFrame(Document compiled, Document thymeleaf) {
        assertThat(frame(compiled)).isEqualTo(frame(thymeleaf));
    }

    private static String frame(Document page) {
        Document copy = page.clone();
        copy.select("title").remove();
        copy.select("input[type=hidden]").removeAttr("value");
        copy.outputSettings().prettyPrint(true).indentAmount(0);
        return copy.head().outerHtml() + "\n" + copy.body().attributes() + "\n"
                + copy.select("body > a.skip-link").outerHtml() + "\n"
                + copy.select("header").outerHtml() + "\n"
                + copy.select("footer").outerHtml();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
