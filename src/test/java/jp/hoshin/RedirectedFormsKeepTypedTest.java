package jp.hoshin;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.SignIns;
import jp.hoshin.shared.BusinessRuleException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff forms that share a page with other forms and so come back through a redirect (the refused form kept in the
 * flash, {@code shared.web.TypedForm}): each is submitted once with an error, and the page it leads back to shows the
 * Japanese message next to the field that was wrong (and in the banner), every value typed, and nothing was saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RedirectedFormsKeepTypedTest {

    private static final String M = "132047";
    private static final int YEAR = 2003;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openYear() {
        try {
            fiscalYears.open(M, FiscalYear.of(YEAR), "test");
        } catch (BusinessRuleException e) {
            // opened by an earlier test
        }
    }

    /** Posts as {@code user}; returns the page the refusal leads back to, shown in the same session. */
    private Document refusedThenShown(MockHttpServletRequestBuilder post, String user) throws Exception {
        MvcResult refused = mvc.perform(post.with(csrf()).with(StaffUsers.as(signIns, user)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isNotNull();
        Cookie session = refused.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        String target = refused.getResponse().getRedirectedUrl();
        assertThat(target).isNotNull();
        return Jsoup.parse(mvc.perform(get(target.replaceAll("#.*$", ""))
                        .with(StaffUsers.as(signIns, user))
                        .cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static void bannerAndNextToField(Document page, String fieldId, String message) {
        assertThat(page.select("[role=alert]").text()).as("banner").contains(message);
        assertThat(page.select("#" + fieldId + "-error").text())
                .as("next to " + fieldId)
                .isEqualTo(message);
        assertThat(page.select("#" + fieldId).attr("aria-describedby")).contains(fieldId + "-error");
        assertThat(page.select("#" + fieldId).attr("aria-invalid")).isEqualTo("true");
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    @Test
    void anEvaluationSheetWithoutANameComesBackWithItsSectionAndDepartment() throws Exception {
        long sheets = count("select count(*) from evaluation_sheet");
        Document page = refusedThenShown(
                post("/staff/m/" + M + "/" + YEAR + "/evaluations")
                        .param("departmentCode", "kikaku")
                        .param("name", "　")
                        .param("sectionName", "企画経営課 入力保持"),
                "mitaka-admin");

        bannerAndNextToField(page, "new-name", "評価対象に選ぶ事業の名称を入力してください。");
        assertThat(page.select("#new-section").val()).isEqualTo("企画経営課 入力保持");
        assertThat(page.select("#new-department option[selected]").val()).isEqualTo("kikaku");
        assertThat(count("select count(*) from evaluation_sheet")).isEqualTo(sheets);
    }

    @Test
    void aLabourUnitCostThatIsNotAnAmountComesBackAsTyped() throws Exception {
        Document page = refusedThenShown(
                post("/staff/m/" + M + "/" + YEAR + "/evaluations/labor-cost").param("yen", "八百万円くらい"), "mitaka-admin");

        bannerAndNextToField(page, "labor-yen", "人件費単価は0以上の金額（円）で入力してください（全角数字・カンマも使えます）。");
        assertThat(page.select("#labor-yen").val()).isEqualTo("八百万円くらい");
    }

    @Test
    void openingAYearThatIsNotAYearComesBackAsTyped() throws Exception {
        long years = count("select count(*) from fiscal_year");
        Document page = refusedThenShown(post("/staff/m/" + M + "/years").param("year", "来年度"), "mitaka-admin");

        bannerAndNextToField(page, "year", "年度は1989〜2200の西暦（開始年）で入力してください（全角数字も使えます）。");
        assertThat(page.select("#year").val()).isEqualTo("来年度");
        assertThat(count("select count(*) from fiscal_year")).isEqualTo(years);
    }

    @Test
    void aYearAlreadyOpenComesBackWithItsMessageNextToTheYear() throws Exception {
        Document page = refusedThenShown(post("/staff/m/" + M + "/years").param("year", "２００３"), "mitaka-admin");

        assertThat(page.select("#year-error").text()).isNotBlank();
        assertThat(page.select("#year").val()).isEqualTo("２００３");
    }

    @Test
    void aRevisedWhitePaperWithATooLongReasonComesBackAsTyped() throws Exception {
        long editions = count("select count(*) from white_paper_edition");
        String note = "改訂の理由。".repeat(200) + "入力保持";
        Document page = refusedThenShown(
                post("/staff/m/" + M + "/2020/white-paper/publish").param("note", note), "mitaka-admin");

        bannerAndNextToField(page, "note", "改訂版を発行する理由は1000文字以内で入力してください（現在1204文字）。");
        assertThat(page.selectFirst("textarea#note").val()).isEqualTo(note);
        assertThat(count("select count(*) from white_paper_edition")).isEqualTo(editions);
    }

    @Test
    void aRenameTooLongComesBackAsTypedWithTheMessageNextToTheName() throws Exception {
        String name = "企画部".repeat(21);
        long version = count(
                "select d.version from department d join fiscal_year y on y.id = d.fiscal_year_id"
                        + " join municipality m on m.id = y.municipality_id"
                        + " where m.code = ? and y.start_year = ? and d.code = 'kikaku'",
                M,
                YEAR);
        Document page = refusedThenShown(
                post("/staff/m/" + M + "/" + YEAR + "/departments/kikaku/rename")
                        .param("version", String.valueOf(version))
                        .param("newName", name),
                "mitaka-admin");

        bannerAndNextToField(page, "rename-newName", "部の名称は1〜60文字で入力してください。");
        assertThat(page.select("#rename-newName").val()).isEqualTo(name);
        assertThat(count("select count(*) from department where name = ?", name))
                .isZero();
    }

    @Test
    void aNewDepartmentWhoseCodeIsTakenComesBackAsTyped() throws Exception {
        long departments = count("select count(*) from department");
        Document page = refusedThenShown(
                post("/staff/m/" + M + "/" + YEAR + "/departments")
                        .param("newCode", "kikaku")
                        .param("newName", "新しい部 入力保持"),
                "mitaka-admin");

        // the refusal names the code (BusinessRuleException.about): its message is next to the code, not only above
        bannerAndNextToField(page, "newCode", "組織コード「kikaku」は平成15（2003）年度に既にあります。");
        assertThat(page.select("#newCode").val()).isEqualTo("kikaku");
        assertThat(page.select("#newName").val()).isEqualTo("新しい部 入力保持");
        assertThat(count("select count(*) from department")).isEqualTo(departments);
    }
}
