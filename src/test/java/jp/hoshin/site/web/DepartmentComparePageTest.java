package jp.hoshin.site.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.Reorganization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A department's two years side by side, against the demo data: across a rename (教育委員会 → 教育部) and, after a
 * merge made here (rolled back), with both predecessors; the department's page leads to it and to every year's plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DepartmentComparePageTest {

    private static final String MITAKA = "132047";

    @Autowired
    MockMvc mvc;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    Reorganization reorganization;

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aRenamedDepartmentIsComparedWithWhatItWasCalledBefore() throws Exception {
        String html = page("/m/132047/2017/departments/kyoiku/compare?with=2003");
        assertThat(html)
                .contains("教育部（平成29（2017）年度）を他の年度と比べる")
                .contains("教育委員会", "（名称変更）")
                // the earlier year first, with its published plan; the later one has none and says so
                .containsSubsequence(
                        "平成15（2003）年度", "/m/132047/2003/plans/kyoiku", "平成29（2017）年度", "この年度の運営方針と目標は公表されていません。")
                .doesNotContain("/m/132047/2017/plans/kyoiku")
                .contains("<option value=\"2003\" selected=\"selected\">");
        assertThat(page("/m/132047/2003/departments/kikaku/compare?with=2017"))
                .containsSubsequence("/m/132047/2003/plans/kikaku", "/m/132047/2017/plans/kikaku");
    }

    @Test
    void aMergedDepartmentIsComparedWithBothItsPredecessors() throws Exception {
        fiscalYears.open(MITAKA, FiscalYear.of(2021), "test");
        reorganization.merge(MITAKA, 2021, "seikatsu-kankyo", List.of("toshi-saisei"), "市民環境部");
        String html = page("/m/132047/2021/departments/seikatsu-kankyo/compare?with=2020");
        String earlier = html.substring(html.indexOf("id=\"year-2020\""), html.indexOf("id=\"year-2021\""));
        assertThat(earlier).contains("生活環境部", "都市再生部", "（統合）");
        assertThat(html.substring(html.indexOf("id=\"year-2021\""))).contains("市民環境部");
        // forwards from one predecessor to what it became
        assertThat(page("/m/132047/2020/departments/toshi-saisei/compare?with=2021"))
                .contains("市民環境部", "（統合）");
    }

    @Test
    void withoutASecondYearOrWithAnUnknownOneThePageOffersTheYears() throws Exception {
        String none = page("/m/132047/2017/departments/kikaku/compare");
        assertThat(none)
                .contains("<select id=\"with\" name=\"with\"", "平成15（2003）年度")
                .doesNotContain("id=\"year-2003\"");
        assertThat(page("/m/132047/2017/departments/kikaku/compare?with=1999")).contains("その年度はありません。一覧から選んでください。");
        assertThat(page("/m/132047/2017/departments/kikaku/compare?with=%EF%BC%92%EF%BC%90%EF%BC%90%EF%BC%93"))
                .contains("その年度はありません。");
    }

    @Test
    void theDepartmentsPageLeadsToTheComparisonAndToEveryYearsPlan() throws Exception {
        String html = page("/m/132047/2017/departments/kikaku");
        assertThat(html)
                .contains("href=\"/m/132047/2017/departments/kikaku/compare\"", "ほかの年度と比べる")
                .contains("href=\"/m/132047/2003/plans/kikaku\"", "href=\"/m/132047/2017/plans/kikaku\"");
        // only what is published is linked
        assertThat(page("/m/132047/2017/departments/kyoiku")).doesNotContain("/m/132047/2017/plans/kyoiku");
    }
}
