package jp.hoshin.policyplan.web;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.policyplan.PolicyTable;
import jp.hoshin.policyplan.SourceTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook keeps every cell as written: the new columns, a state word, なし/—, and numbers with their precision. */
class PolicyDataWorkbookTest {

    @Test
    void theNewColumnsAndEnteredPrecisionSurviveTheWorkbook() throws Exception {
        Map<PolicyTable, List<List<String>>> tables = new EnumMap<>(PolicyTable.class);
        tables.put(
                PolicyTable.INDICATORS,
                List.of(
                        PolicyTable.INDICATORS.columns(),
                        List.of(
                                "O-visitors",
                                "図書館の入館者数",
                                "人",
                                "",
                                "",
                                "",
                                "増加",
                                "数値",
                                "2026",
                                "100000",
                                "",
                                "",
                                "",
                                "",
                                "年間"),
                        List.of("O-score", "講座の満足度", "点", "", "", "", "増加", "数値", "2026", "4.0", "", "", "", "", "")));
        tables.put(
                PolicyTable.VALUES,
                List.of(
                        PolicyTable.VALUES.columns(),
                        List.of("O-score", "2018", "", "3", "", "", "", ""),
                        List.of("O-score", "2022", "", "3.50", "", "", "", ""),
                        List.of("O-score", "2020", "", "—", "", "", "", ""),
                        List.of("O-plan", "2022", "", "策定", "", "", "", ""),
                        List.of("O-visitors", "2023", "中間", "40000", "", "令和5年9月30日", "", "")));
        tables.put(
                PolicyTable.PLANS,
                List.of(
                        PolicyTable.PLANS.columns(),
                        List.of("p", "基本計画", "計画", "", "", "", "", "", "", "", "", "S=100、A=80、B=50、C")));
        byte[] xlsx = PolicyDataWorkbook.write(tables, "f");
        PolicyDataWorkbook.Read read = PolicyDataWorkbook.read(new ByteArrayInputStream(xlsx), "計画データ.xlsx");
        for (SourceTable t : read.tables()) {
            PolicyTable table = PolicyTable.valueOf(tables.keySet().stream()
                    .filter(k -> t.source().contains("「" + k.sheetName() + "」"))
                    .findFirst()
                    .orElseThrow()
                    .name());
            List<List<String>> expected = tables.get(table);
            assertThat(t.rows()).hasSameSizeAs(expected);
            for (int r = 0; r < expected.size(); r++) {
                List<String> row = t.rows().get(r);
                List<String> want = expected.get(r);
                // trailing empty cells may be left out of a sheet's row
                assertThat(row).isEqualTo(want.subList(0, row.size()));
                assertThat(want.subList(row.size(), want.size())).allMatch(String::isEmpty);
            }
        }
        assertThat(read.fingerprint()).isEqualTo("f");
    }
}
