package jp.hoshin.policyplan;

import java.util.ArrayList;
import java.util.List;

import jp.hoshin.shared.Fuzz;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of the plan data import's reader (the tables of plans.csv … or the workbook's sheets): whatever the cells hold,
 * it returns rows or problems in Japanese with their place — it never throws (an exception was an HTTP 500 and a
 * library's message on the page). 4,000 generated sets of tables of every kind ({@link Fuzz}).
 */
class PolicyTableReaderFuzzTest {

    static String cell(Fuzz fuzz) {
        return fuzz.either(
                () -> fuzz.oneOf(
                        "",
                        "kihon",
                        "K1",
                        "K1-1",
                        "I-1",
                        "2021",
                        "令和3年度",
                        "平成28年",
                        "4月1日時点",
                        "-3.5",
                        "１２，３４５",
                        "—",
                        "増加",
                        "減少",
                        "基本計画",
                        "施策",
                        "達成",
                        "=1+2",
                        "○",
                        "TRUE",
                        "9999999999999999999999",
                        "1e400",
                        "NaN"),
                () -> fuzz.string("0123456789.,-+年度令和平成月日%％（）—=\u0000\u202E\t\n ", 12),
                () -> fuzz.anyString(30),
                () -> Fuzz.longText('あ', 20_001));
    }

    /** A table of one kind: its required columns and some of the others, then up to 8 rows of generated cells. */
    static SourceTable table(Fuzz fuzz) {
        PolicyTable t = fuzz.oneOf(PolicyTable.class);
        List<String> header = new ArrayList<>(t.required());
        fuzz.subsetOf(t.columns()).stream().filter(c -> !header.contains(c)).forEach(header::add);
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(fuzz.list(0, 8, () -> fuzz.list(header.size(), header.size(), () -> cell(fuzz))));
        return new SourceTable(t.sheetName() + ".csv", all);
    }

    /** One to three tables; half the time every row is one cell short of its header (ragged). */
    static List<SourceTable> tables(Fuzz fuzz) {
        List<SourceTable> list = fuzz.list(1, 3, () -> table(fuzz));
        boolean ragged = fuzz.nextBoolean();
        return !ragged
                ? list
                : list.stream()
                        .map(s -> new SourceTable(
                                s.source(),
                                s.rows().stream()
                                        .map(r -> r.isEmpty() ? r : r.subList(0, r.size() - 1))
                                        .toList()))
                        .toList();
    }

    @Test
    void everyTableIsReadOrExplainedNeverThrown() {
        Fuzz.run("PolicyTableReaderFuzzTest.everyTableIsReadOrExplainedNeverThrown", 4_000, (fuzz, i) -> {
            List<SourceTable> sources = tables(fuzz);
            PolicyTableReader reader = new PolicyTableReader();
            reader.read(sources);
            assertThat(reader.problems().list())
                    .allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception"));
        });
    }
}
