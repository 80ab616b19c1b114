package jp.hoshin.policyplan.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.policyplan.PolicyPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The planning section's download and upload of plan data, and a department writing its progress text. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PolicyDataStaffPagesTest {

    private static final String BASE = "/staff/m/132047/policy";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    PolicyPlans plans;

    @Test
    void theDownloadedWorkbookUploadedAgainChangesNothing() throws Exception {
        byte[] xlsx = mvc.perform(get(BASE + "/export.xlsx").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(multipart(BASE + "/import")
                        .file(new MockMultipartFile("files", "計画データ.xlsx", null, xlsx))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("変更はありませんでした")));
    }

    @Test
    void aShiftJisCsvFromExcelIsReadAndAnErrorIsShownWithItsPlace() throws Exception {
        String csv = "指標ID,年度,値\r\nI-K1-1-1,令和3年度,210000\r\nI-K1-1-2,令和3年度,二百八十\r\n";
        String page = mvc.perform(multipart(BASE + "/import")
                        .file(new MockMultipartFile(
                                "files", "2021年度.csv", "text/csv", csv.getBytes(Charset.forName("windows-31j"))))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("role=\"alert\"", "「指標値」（2021年度.csv） 3行目 C列「値」: 値は数値だけを入力してください");
        assertThat(plans.indicatorsOf("132047", "kihon-keikaku-4")
                        .get("K1-1")
                        .getFirst()
                        .value(2021))
                .isEmpty();
    }

    @Test
    void aDepartmentWritesTheProgressTextOfItsMeasure() throws Exception {
        mvc.perform(post(BASE + "/kihon-keikaku-4/K1-1/progress/2021")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", "-1")
                        .param("body", "多文化共生センター（仮称）の整備に向けて、基本的な考え方をまとめた。"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.progressText("132047", "kihon-keikaku-4", "K1-1", 2021))
                .hasValueSatisfying(t -> assertThat(t.body()).startsWith("多文化共生センター"));
        String stale = mvc.perform(post(BASE + "/kihon-keikaku-4/K1-1/progress/2021")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", "-1")
                        .param("body", "別の内容"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("他の職員が").contains("別の内容");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theHistoryOfAnIndicatorIsReadByTheCitysAdministratorsOnly() throws Exception {
        long id = jdbc.sql("select id from indicator where indicator_key = 'I-K1-1-1'")
                .query(Long.class)
                .single();
        String page = mvc.perform(get("/staff/history/Indicator/" + id).with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("英語版ホームページのアクセス件数");
        mvc.perform(get("/staff/history/Indicator/" + id).with(StaffUsers.as(signIns, "sample-admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWorkbookDownloadedBeforeSomeoneElsesChangeIsRefused() throws Exception {
        byte[] xlsx = mvc.perform(get(BASE + "/export.xlsx").with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(post(BASE + "/kihon-keikaku-4/K1-1/progress/2021")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-kikaku"))
                        .param("version", "-1")
                        .param("body", "部の職員が書いた令和3年度の取組状況。"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(multipart(BASE + "/import")
                        .file(new MockMultipartFile("files", "古い書き出し.xlsx", null, xlsx))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("このファイルを書き出した後に、ほかの職員が計画データを変更しました。");
        assertThat(plans.progressText("132047", "kihon-keikaku-4", "K1-1", 2021))
                .hasValueSatisfying(t -> assertThat(t.body()).isEqualTo("部の職員が書いた令和3年度の取組状況。"));
    }
}
