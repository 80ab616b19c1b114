package jp.hoshin.publiccomment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.publiccomment.archive.ArchiveWorkbookSamples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 過去の意見募集の取り込み against the real app and database: the planning section downloads the template and uploads a
 * city's past results; they show on the public results page and PDF with their numbers, 論点 in the order of their first
 * item, counts and 公表日, with no submitter details; a workbook with problems saves nothing; others are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArchiveImportWebTest {

    private static final String M = "132047";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    JdbcTemplate jdbc;

    private MockMultipartFile file(Workbook wb) throws Exception {
        return new MockMultipartFile(
                "file", "archive.xlsx", "application/octet-stream", ArchiveWorkbookSamples.bytes(wb));
    }

    private long consultations() {
        Long n = jdbc.queryForObject("select count(*) from consultation", Long.class);
        return n == null ? 0 : n;
    }

    @Test
    void aPastConsultationIsImportedAndItsResultsArePublishedLikeOthers() throws Exception {
        byte[] template = mvc.perform(get("/staff/m/" + M + "/comments/archive/template.xlsx")
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(template).startsWith('P', 'K');
        String title = "図書館計画の意見募集" + UUID.randomUUID().toString().substring(0, 6);
        Workbook wb = ArchiveWorkbookSamples.filled();
        ArchiveWorkbookSamples.put(wb.getSheet("意見募集"), 2, 1, title);
        ArchiveWorkbookSamples.put(wb.getSheet("意見募集"), 3, 1, "kikaku");
        MvcResult result = mvc.perform(multipart("/staff/m/" + M + "/comments/archive")
                        .file(file(wb))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((String) result.getFlashMap().get("flash")).contains(title, "意見 3件");
        Long id = jdbc.queryForObject("select id from consultation where title = ? and archived", Long.class, title);
        assertThat(id).isNotNull();

        String page = mvc.perform(get("/m/" + M + "/comments/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(title, "開館時間を延ばしてほしい。", "平日の開館時間を延長します。", "電子書籍を増やして。")
                .contains("第2章", "第10章");
        // 第2章 (items 1 and 2) before 第10章 (item 3): the groups follow their first item, not the text
        assertThat(page.indexOf("開館時間を延ばしてほしい。")).isLessThan(page.indexOf("電子書籍を増やして。"));
        assertThat(page.indexOf("夜も開けてほしい。")).isLessThan(page.indexOf("電子書籍を増やして。"));
        Integer opinions = jdbc.queryForObject(
                "select count(*) from opinion where consultation_id = ? and personal_data is null", Integer.class, id);
        assertThat(opinions).isEqualTo(14);

        byte[] pdf = mvc.perform(get("/m/" + M + "/comments/" + id + "/results.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("開館時間を延ばしてほしい。", "今後の参考とします。");
        }
    }

    @Test
    void aWorkbookWithProblemsSavesNothingAndListsThemAll() throws Exception {
        long before = consultations();
        Workbook wb = ArchiveWorkbookSamples.filled();
        ArchiveWorkbookSamples.put(wb.getSheet("意見募集"), 3, 1, "kikaku");
        ArchiveWorkbookSamples.put(wb.getSheet("意見と市の考え方"), 1, 4, "採用");
        ArchiveWorkbookSamples.put(wb.getSheet("意見募集"), 9, 1, "あした");
        MvcResult result = mvc.perform(multipart("/staff/m/" + M + "/comments/archive")
                        .file(file(wb))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        @SuppressWarnings("unchecked")
        java.util.List<String> problems =
                (java.util.List<String>) result.getFlashMap().get("archiveProblems");
        assertThat(problems)
                .contains("「意見と市の考え方」シート 2行目 E列: 反映区分「採用」は一覧にありません。一覧から選んでください。")
                .anyMatch(p -> p.startsWith("「意見募集」シート 10行目 B列: 結果の公表日は日付で入力してください"));
        assertThat(consultations()).isEqualTo(before);
        assertThat(result.getFlashMap().get("archiveProblemCount")).isEqualTo(problems.size());
    }

    @Test
    void onlyThePlanningSectionImports() throws Exception {
        for (String user : new String[] {"mitaka-kikaku", "mitaka-viewer"}) {
            mvc.perform(get("/staff/m/" + M + "/comments/archive/template.xlsx").with(StaffUsers.as(signIns, user)))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/staff/m/" + M + "/comments/archive")
                            .file(file(ArchiveWorkbookSamples.filled()))
                            .with(csrf())
                            .with(StaffUsers.as(signIns, user)))
                    .andExpect(status().isForbidden());
        }
    }
}
