package jp.hoshin.departmentplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.hoshin.WorkbookMutations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of the department plan workbook reader: a workbook written by Hoshin and then edited anywhere (any cell of any
 * sheet, any kind of value, rows removed) is read into data or into located Japanese problems — never an exception, and
 * never the catch-all "could not read" that would hide one. 800 edited workbooks, plus 200 byte-level corruptions.
 */
class PlanWorkbookFuzzTest {

    private static final PlanWorkbookWriter.Cover COVER = new PlanWorkbookWriter.Cover("三鷹市", "平成15（2003）年度", "企画部", "作成中",
            "令和7年4月1日 09:00", List.of("企画経営室", "広報課", "情報推進室"));
    private static final byte[] WRITTEN = new PlanWorkbookWriter().write(COVER, PlanWorkbookTest.PLAN);
    private static final String CATCH_ALL = "Excel ファイルとして読み込めませんでした";

    @Provide
    Arbitrary<List<WorkbookMutations.Mutation>> edits() {
        return WorkbookMutations.mutations(40, 12);
    }

    @Property(tries = 800, generation = GenerationMode.RANDOMIZED)
    void anEditedWorkbookIsReadOrExplained(@ForAll("edits") List<WorkbookMutations.Mutation> edits) {
        PlanWorkbookReader.Reading reading = new PlanWorkbookReader().read(WorkbookMutations.apply(WRITTEN, edits));
        assertThat(reading.problems()).as(edits::toString).noneSatisfy(p -> assertThat(p.text()).contains(CATCH_ALL));
        assertThat(reading.data() != null || !reading.problems().isEmpty()).isTrue();
        assertThat(reading.problems()).allSatisfy(p -> assertThat(p.text()).isNotBlank().doesNotContain("Exception", "null"));
    }

    @Provide
    Arbitrary<byte[]> corrupted() {
        return Arbitraries.integers().between(0, WRITTEN.length - 1).list().ofMinSize(1).ofMaxSize(20).map(positions -> {
            byte[] copy = WRITTEN.clone();
            positions.forEach(i -> copy[i] = (byte) (copy[i] ^ 0x5A));
            return copy;
        });
    }

    @Property(tries = 200, generation = GenerationMode.RANDOMIZED)
    void aDamagedFileIsRefusedWithAMessage(@ForAll("corrupted") byte[] file) {
        PlanWorkbookReader.Reading reading = new PlanWorkbookReader().read(file);
        assertThat(reading.data() != null || !reading.problems().isEmpty()).isTrue();
    }
}
