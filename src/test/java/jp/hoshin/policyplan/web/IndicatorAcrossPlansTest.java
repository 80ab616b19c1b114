package jp.hoshin.policyplan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.hoshin.policyplan.PolicyDataImport;
import jp.hoshin.policyplan.SourceTable;
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
 * An indicator carried over from the 第4次 basic plan into its successor is the same indicator placed again: each
 * plan's page names the other plan (by name, not only 「基本計画」) with its own target, and the values run on.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class IndicatorAcrossPlansTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyDataImport importer;

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aCarriedOverIndicatorLinksBothPlans() throws Exception {
        importer.apply(
                "132047",
                List.of(
                        new SourceTable(
                                "plans.csv",
                                List.of(
                                        List.of("計画ID", "種別", "名称", "上位計画ID", "開始年度", "終了年度", "目標年度", "基準年度"),
                                        List.of(
                                                "kihon-keikaku-5",
                                                "基本計画",
                                                "第5次三鷹市基本計画",
                                                "kihon-koso",
                                                "2023",
                                                "2034",
                                                "2034",
                                                "2022"))),
                        new SourceTable(
                                "elements.csv",
                                List.of(
                                        List.of("計画ID", "要素ID", "種類", "名称"),
                                        List.of("kihon-keikaku-5", "G5-1", "施策", "多文化共生の推進"))),
                        new SourceTable(
                                "placements.csv",
                                List.of(
                                        List.of("要素ID", "指標ID", "役割", "目標年度", "目標値"),
                                        List.of("G5-1", "I-K1-1-1", "目標指標", "2030", "500000")))));
        String successor = page("/m/132047/policy/kihon-keikaku-5/G5-1");
        assertThat(successor).contains("英語版ホームページのアクセス件数").contains("第4次三鷹市基本計画（第2次改定）「", "国際化の推進");
        String predecessor = page("/m/132047/policy/kihon-keikaku-4/K1-1");
        assertThat(predecessor).contains("第5次三鷹市基本計画「", "多文化共生の推進", "500,000");
    }
}
