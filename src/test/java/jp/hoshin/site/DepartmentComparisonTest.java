package jp.hoshin.site;

import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.organization.DepartmentHistory;
import jp.hoshin.organization.DepartmentHistory.Entry;
import jp.hoshin.organization.DepartmentHistory.Link;
import jp.hoshin.organization.LineageKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which departments of another year a department is compared with: the lineage, followed the right way. */
class DepartmentComparisonTest {

    private static final FiscalYear Y2003 = FiscalYear.of(2003);
    private static final FiscalYear Y2017 = FiscalYear.of(2017);
    private static final FiscalYear Y2020 = FiscalYear.of(2020);

    /** 生活環境部 (2003) → 生活環境部 (2017) ↘ 市民環境部 (2020) ↗ 都市再生部 (2017, new); 教育委員会 → 教育部 (renamed). */
    private static final DepartmentHistory HISTORY = new DepartmentHistory(List.of(
            new Entry(1, Y2003, "seikatsu", "生活環境部", List.of()),
            new Entry(
                    2,
                    Y2017,
                    "seikatsu",
                    "生活環境部",
                    List.of(new Link(LineageKind.CONTINUED, Y2003, "seikatsu", "生活環境部"))),
            new Entry(3, Y2017, "saisei", "都市再生部", List.of()),
            new Entry(
                    4,
                    Y2020,
                    "seikatsu",
                    "市民環境部",
                    List.of(
                            new Link(LineageKind.MERGED, Y2017, "seikatsu", "生活環境部"),
                            new Link(LineageKind.MERGED, Y2017, "saisei", "都市再生部")))));

    @Test
    void aMergedDepartmentIsComparedWithEveryPredecessor() {
        assertThat(DepartmentComparison.related(HISTORY, Y2020, "seikatsu", Y2017))
                .isEqualTo(Map.of("seikatsu", LineageKind.MERGED, "saisei", LineageKind.MERGED));
    }

    @Test
    void furtherBackOnlyWhatExistedThenAndTheChangeOnTheWayIsKept() {
        assertThat(DepartmentComparison.related(HISTORY, Y2020, "seikatsu", Y2003))
                .isEqualTo(Map.of("seikatsu", LineageKind.MERGED));
    }

    @Test
    void forwardsAPredecessorLeadsToWhatItBecame() {
        assertThat(DepartmentComparison.related(HISTORY, Y2003, "seikatsu", Y2017))
                .isEqualTo(Map.of("seikatsu", LineageKind.CONTINUED));
        assertThat(DepartmentComparison.related(HISTORY, Y2017, "saisei", Y2020))
                .isEqualTo(Map.of("seikatsu", LineageKind.MERGED));
    }

    @Test
    void aDepartmentThatDidNotExistYetHasNothingToCompareWith() {
        assertThat(DepartmentComparison.related(HISTORY, Y2017, "saisei", Y2003))
                .isEmpty();
    }
}
