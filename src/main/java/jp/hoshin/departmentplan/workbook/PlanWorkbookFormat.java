package jp.hoshin.departmentplan.workbook;

import java.text.Normalizer;
import java.util.List;

/**
 * The plan workbook's format, shared by writer and reader: sheet names, the columns of each table
 * sheet (found by their heading, so a department may reorder them or add memo columns), the items of
 * 部の方針, and limits. Changing a heading here changes both sides; bump {@link #FORMAT} when old files
 * can no longer be read.
 */
final class PlanWorkbookFormat {

    static final String FORMAT = "hoshin-department-plan/1";

    static final String GUIDE = "記入方法";
    static final String POLICY = "部の方針";
    static final String ROLES = "各課の役割";
    static final String PROJECTS = "個別事業";
    static final String TARGETS = "目標指標";
    /**
     * Read only, for reference: the department's mid-year checks (中間確認) of the year. Written when there are any;
     * an upload never reads it, so workbooks with or without it import alike.
     */
    static final String MIDYEAR = "中間確認（参照用）";

    static final List<Column> MIDYEAR_COLUMNS = List.of(
            new Column("時点", 12, false),
            new Column("基準日", 14, false),
            new Column("状況", 10, false),
            new Column("事業番号", 10, false),
            new Column("事業名", 40, false),
            new Column("進捗", 12, false),
            new Column("説明", 60, false),
            new Column("これまでの実績", 40, false));
    /** Very hidden and protected: the plan's identity and version, and the lists behind the drop-downs. */
    static final String META = "_hoshin";

    static final String ITEM = "項目";
    static final String CONTENT = "内容";
    static final String MISSION_HEADLINE = "部の使命・目標（見出し）";
    static final String MISSION = "部の使命・目標";
    static final String STAFF = "職員数（人）";
    static final String BUDGET = "予算規模（円）";
    static final String POLICIES = "実施方針";
    static final List<String> ITEMS = List.of(MISSION_HEADLINE, MISSION, STAFF, BUDGET, POLICIES);

    /** A column of a table sheet: its heading as written (with a hint in brackets) and the width in characters. */
    record Column(String heading, int width, boolean required) {
        /** The heading without its hint: 「事業名（必須）」 → 「事業名」. */
        String key() {
            return PlanWorkbookFormat.key(heading);
        }
    }

    static final Column SECTION = new Column("課（必須）", 22, true);
    static final Column ROLE = new Column("役割（必須）", 70, true);
    static final List<Column> ROLE_COLUMNS = List.of(SECTION, ROLE);

    static final Column NUMBER = new Column("番号（必須）", 10, true);
    static final Column TITLE = new Column("事業名（必須）", 40, true);
    static final Column LEAD = new Column("担当課", 18, false);
    static final Column DESCRIPTION = new Column("内容", 60, false);
    static final Column MAIN = new Column("重点（○）", 10, false);
    static final List<Column> PROJECT_COLUMNS = List.of(NUMBER, TITLE, LEAD, DESCRIPTION, MAIN);

    static final Column PROJECT_NUMBER = new Column("事業番号（必須）", 12, true);
    static final Column TARGET_TEXT = new Column("目標（文章）（必須）", 50, true);
    static final Column MEASURE = new Column("指標名", 24, false);
    static final Column TARGET_VALUE = new Column("目標値", 12, false);
    static final Column UNIT = new Column("単位", 8, false);
    static final Column DEADLINE = new Column("期限", 14, false);
    static final Column BASELINE_VALUE = new Column("基準値", 12, false);
    static final Column BASELINE_YEAR = new Column("基準年度", 12, false);
    static final List<Column> TARGET_COLUMNS =
            List.of(PROJECT_NUMBER, TARGET_TEXT, MEASURE, TARGET_VALUE, UNIT, DEADLINE, BASELINE_VALUE, BASELINE_YEAR);

    static final String MAIN_MARK = "○";
    /** What else people type for 重点 (◯, 〇, 1, TRUE, はい). */
    static final List<String> MAIN_MARKS = List.of("○", "◯", "〇", "1", "TRUE", "はい", "重点");

    static final int MAX_TITLE = 200;
    static final int MAX_LEAD_SECTION = 60;
    static final int MAX_HEADLINE = 200;
    static final int MAX_ROWS = 2000;
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    /** Keys of the hidden sheet. */
    static final String META_FORMAT = "形式";

    static final String META_MUNICIPALITY = "自治体コード";
    static final String META_YEAR = "年度";
    static final String META_DEPARTMENT = "部コード";
    static final String META_VERSION = "版";
    static final String META_EXPORTED = "書き出し日時";

    private PlanWorkbookFormat() {}

    /** A heading or item as compared: full-width folded, without spaces and without a trailing hint in brackets. */
    static String key(String heading) {
        String folded = Normalizer.normalize(heading, Normalizer.Form.NFKC).replaceAll("\\s", "");
        String withoutHint = folded.replaceAll("\\((必須|○)\\)$", "");
        return withoutHint.replaceAll("\\(必須\\)$", "");
    }
}
