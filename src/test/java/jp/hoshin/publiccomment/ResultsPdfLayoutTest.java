package jp.hoshin.publiccomment;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results PDF of the demo consultation read page by page: 公表日 and 担当課 on the first page, and the table of
 * items never starts with its heading and header alone at the foot of a page (the heading goes with its first item), and
 * every page with items repeats the table's header.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ResultsPdfLayoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theItemsHeadingStaysWithItsFirstItemAndEveryPageOfItemsHasTheHeader() throws Exception {
        Long id = jdbc.queryForObject(
                "select id from consultation where municipality_code = '132047' and results_published_at is not null"
                        + " order by id limit 1",
                Long.class);
        byte[] pdf = mvc.perform(get("/m/132047/comments/" + id + "/results.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                pages.add(text.getText(doc).replaceAll("\\s+", ""));
            }
        }
        assertThat(pages.getFirst()).contains("公表日", "担当課", "意見件数");
        String heading = "ご意見と市の考え方";
        String firstItem = "1高齢者がスマートフォンで";
        List<String> withHeading =
                pages.stream().filter(p -> p.contains(heading)).toList();
        assertThat(withHeading).hasSize(1);
        assertThat(withHeading.getFirst()).contains(firstItem);
        pages.stream()
                .filter(p -> p.contains("市の考え方反映区分") || p.contains(firstItem))
                .forEach(p -> assertThat(p).contains("番号意見の要旨市の考え方反映区分"));
    }
}
