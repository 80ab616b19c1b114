package jp.hoshin.policyplan.web;

import java.util.List;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.policyplan.PolicyDataImport;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.SourceTable;
import jp.hoshin.shared.LocalGovernmentCode;
import jp.hoshin.shared.web.PageStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An element's page, rendered afresh, shows an edit — committed as the staff pages commit it — on the very next request:
 * a new progress text and a renamed element. A municipality of its own (990477), so that no other test sees its plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ElementPageEditsTest {

    private static final String CODE = "990477";
    private static final String PAGE = "/m/" + CODE + "/policy/kept-plan/KP-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    Municipalities municipalities;

    @Autowired
    PolicyDataImport importer;

    @Autowired
    PolicyPlans plans;

    @BeforeEach
    void aPlanOfItsOwn() {
        if (municipalities.find(CODE).isEmpty()) {
            municipalities.register(LocalGovernmentCode.of(CODE), "保持試験市", null, "東京都");
        }
        importTitle("地域の安全");
    }

    private void importTitle(String title) {
        importer.apply(
                CODE,
                List.of(
                        new SourceTable(
                                "plans.csv",
                                List.of(
                                        List.of("計画ID", "種別", "名称", "開始年度", "終了年度"),
                                        List.of("kept-plan", "基本計画", "保持試験市基本計画", "2030", "2039"))),
                        new SourceTable(
                                "elements.csv",
                                List.of(
                                        List.of("計画ID", "要素ID", "種類", "名称"),
                                        List.of("kept-plan", "KP-1", "施策", title)))));
    }

    @Test
    void anEditShowsOnTheNextRequest() throws Exception {
        PageStatements first = PageStatements.of(mvc, PAGE);
        assertThat(first.html()).contains("地域の安全").doesNotContain("見守り活動を広げた");
        assertThat(PageStatements.of(mvc, PAGE).html()).isEqualTo(first.html());

        plans.writeProgress(CODE, "kept-plan", "KP-1", 2031, PolicyPlans.NEW_TEXT, "見守り活動を広げた。");
        assertThat(PageStatements.of(mvc, PAGE).html()).contains("見守り活動を広げた。");

        importTitle("地域の安全と安心");
        assertThat(PageStatements.of(mvc, PAGE).html()).contains("地域の安全と安心", "見守り活動を広げた。");
    }
}
