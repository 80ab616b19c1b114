package jp.hoshin.evaluation.workbook;

import java.util.List;

/**
 * The layout of an evaluation workbook, shared by writer and reader: labels in column A, values from column B, the
 * indicator table and the cost table at fixed rows. Bump {@link #FORMAT} when older files can no longer be read.
 */
final class SheetWorkbookFormat {

    static final String FORMAT = "hoshin-evaluation/1";
    static final String META = "_hoshin";
    static final String GUIDE = "記入のしかた";

    /** The labelled rows (1-based Excel row numbers) of the identity and texts. */
    static final List<String> FIELDS = List.of(
            "事業名",
            "所管課",
            "予算科目（款）",
            "予算科目（項）",
            "予算科目（目）",
            "予算科目（細目）",
            "根拠法令",
            "根拠法令の区分",
            "基本計画上の位置付け（要素ID）",
            "アクションプランの個別課題等（要素ID）",
            "運営方針と目標の個別事業（ID）",
            "事業期間（開始年度）",
            "事業期間（終了年度）",
            "新規・継続",
            "実施方法",
            "対象",
            "意図",
            "手段",
            "単位コストに使う指標（指標の番号）");
    /** Row of the first field. */
    static final int FIRST_FIELD_ROW = 3;

    static int fieldRow(String label) {
        return FIRST_FIELD_ROW + FIELDS.indexOf(label);
    }

    static final int INDICATOR_HEADER_ROW = FIRST_FIELD_ROW + FIELDS.size() + 1;
    static final int INDICATOR_ROWS = 10;
    static final String INDICATOR_HEADING = "指標の番号";
    /**
     * Columns of the indicator table (0-based): 番号, 区分, 指標名, 単位, 減少, then target and actual for each year column
     * of the municipality's form (headed 「2023年度 目標」, or with the column's kind 「令和5（2023）年度 決算 目標」); the
     * cost table has one column per year column from B, headed as the sheet's pages head them.
     */
    static final int COL_KIND = 1;

    static final int COL_NAME = 2;
    static final int COL_UNIT = 3;
    static final int COL_DECREASING = 4;
    static final int COL_FIRST_VALUE = 5;

    static final int COST_HEADER_ROW = INDICATOR_HEADER_ROW + INDICATOR_ROWS + 2;
    static final String COST_HEADING = "費用（円）";
    static final List<String> COST_ROWS = List.of("国庫支出金", "都道府県支出金", "地方債", "その他特定財源", "一般財源", "人工数");

    private SheetWorkbookFormat() {}

    /** The heading of a year column's target in the indicator table. */
    static String targetHeading(String columnHeading) {
        return columnHeading + " 目標";
    }

    /** The heading of a year column's actual in the indicator table. */
    static String actualHeading(String columnHeading) {
        return columnHeading + " 実績";
    }

    /** Column letter of a 0-based index (A, B, …, Z, AA). */
    static String column(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }

    /** 「03_市内街路灯のLED化の推進」 cut to Excel's 31 characters, without the characters Excel refuses. */
    static String worksheetName(int number, String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\']", "");
        String full = String.format("%02d", number) + "_" + clean;
        return full.length() > 31 ? full.substring(0, 31) : full;
    }
}
