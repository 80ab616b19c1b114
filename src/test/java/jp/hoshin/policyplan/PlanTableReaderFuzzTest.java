package jp.hoshin.policyplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of the plan data import's reader (the tables of plans.csv … or the workbook's sheets): whatever the cells hold,
 * it returns rows or problems in Japanese with their place — it never throws (an exception was an HTTP 500 and a
 * library's message on the page). 4,000 generated tables of every kind.
 */
class PlanTableReaderFuzzTest {

    @Provide
    Arbitrary<String> cell() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "kihon", "K1", "K1-1", "I-1", "2021", "令和3年度", "平成28年", "4月1日時点", "-3.5", "１２，３４５", "—",
                        "増加", "減少", "基本計画", "施策", "達成", "=1+2", "○", "TRUE", "9999999999999999999999", "1e400", "NaN"),
                Arbitraries.strings().withChars("0123456789.,-+年度令和平成月日%％（）—=\u0000\u202E\t\n ").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.just("あ".repeat(20_001)));
    }

    @Provide
    Arbitrary<SourceTable> table() {
        Arbitrary<PlanTable> kind = Arbitraries.of(PlanTable.class);
        return kind.flatMap(t -> {
            Arbitrary<List<String>> header = Arbitraries.subsetOf(t.columns()).map(cols -> {
                List<String> h = new ArrayList<>(t.required());
                cols.stream().filter(c -> !h.contains(c)).forEach(h::add);
                return h;
            });
            return header.flatMap(h -> cell().list().ofSize(h.size()).list().ofMaxSize(8).map(rows -> {
                List<List<String>> all = new ArrayList<>();
                all.add(h);
                all.addAll(rows);
                return new SourceTable(t.sheetName() + ".csv", all);
            }));
        });
    }

    @Property(tries = 4_000, generation = net.jqwik.api.GenerationMode.RANDOMIZED)
    void everyTableIsReadOrExplainedNeverThrown(@ForAll("tables") List<SourceTable> sources) {
        PlanTableReader reader = new PlanTableReader();
        reader.read(sources);
        assertThat(reader.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception"));
    }

    @Provide
    Arbitrary<List<SourceTable>> tables() {
        return Combinators.combine(table().list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 1))
                .as((list, ragged) -> ragged == 0 ? list : list.stream().map(s -> new SourceTable(s.source(),
                        s.rows().stream().map(r -> r.isEmpty() ? r : r.subList(0, r.size() - 1)).toList())).toList());
    }
}
