package jp.hoshin.policyplan;

import java.util.List;
import java.util.Optional;

/**
 * The eight tables of the plan data format (docs/plan-data-format.md): their names (the sheet name in
 * a workbook) and columns in order. A table is recognised by its header row.
 */
public enum PolicyTable {
    PLANS(
            "計画",
            List.of("計画ID", "種別", "名称", "上位計画ID", "開始年度", "終了年度", "目標年度", "基準年度", "基準年度の名称", "順調の基準", "概要", "判定区分"),
            List.of("計画ID", "種別", "名称")),
    REVISIONS("改定", List.of("計画ID", "順番", "名称", "年月", "目標年度", "備考"), List.of("計画ID", "順番", "名称")),
    PHASES("期間区分", List.of("計画ID", "区分", "開始年度", "終了年度"), List.of("計画ID", "区分", "開始年度", "終了年度")),
    ELEMENTS(
            "体系",
            List.of("計画ID", "要素ID", "種類", "上位要素ID", "番号", "名称", "担当", "主要", "関連要素ID", "概要"),
            List.of("計画ID", "要素ID", "種類", "名称")),
    INDICATORS(
            "指標",
            List.of(
                    "指標ID", "名称", "単位", "内訳名称", "内訳単位", "主値名称", "方向", "目標種別", "目標年度", "目標値", "目標内訳値", "目標補足", "目標状態",
                    "注", "集計"),
            List.of("指標ID", "名称", "方向", "目標種別")),
    PLACEMENTS("指標の掲載", List.of("要素ID", "指標ID", "役割", "目標年度", "目標値"), List.of("要素ID", "指標ID", "役割")),
    VALUES("指標値", List.of("指標ID", "年度", "種類", "値", "内訳値", "参照時点", "補足", "市の評価"), List.of("指標ID", "年度", "値")),
    PROGRESS("取組状況", List.of("要素ID", "年度", "本文"), List.of("要素ID", "年度", "本文"));

    private final String sheetName;
    private final List<String> columns;
    private final List<String> required;

    PolicyTable(String sheetName, List<String> columns, List<String> required) {
        this.sheetName = sheetName;
        this.columns = columns;
        this.required = required;
    }

    public String sheetName() {
        return sheetName;
    }

    public List<String> columns() {
        return columns;
    }

    List<String> required() {
        return required;
    }

    /**
     * The table a header row belongs to: the one whose required columns are all there and whose
     * columns cover the header best (所属 columns that belong to no table are reported by the reader).
     */
    static Optional<PolicyTable> recognise(List<String> header) {
        PolicyTable best = null;
        long bestScore = 0;
        for (PolicyTable t : values()) {
            if (header.containsAll(t.required)) {
                long score = header.stream().filter(t.columns::contains).count() * 100 - t.columns.size();
                if (best == null || score > bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
