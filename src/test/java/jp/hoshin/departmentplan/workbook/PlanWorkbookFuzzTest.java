package jp.hoshin.departmentplan.workbook;

import java.util.List;

import jp.hoshin.WorkbookMutations;
import jp.hoshin.shared.Fuzz;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing of the department plan workbook reader: a workbook written by Hoshin and then edited anywhere (any cell of any
 * sheet, any kind of value, rows removed) is read into data or into located Japanese problems — never an exception, and
 * never the catch-all "could not read" that would hide one. 800 edited workbooks, plus 200 byte-level corruptions
 * ({@link Fuzz}, {@link WorkbookMutations}).
 */
class PlanWorkbookFuzzTest {

    private static final PlanWorkbookWriter.Cover COVER = new PlanWorkbookWriter.Cover(
            "三鷹市", "平成15（2003）年度", "企画部", "作成中", "令和7年4月1日 09:00", List.of("企画経営室", "広報課", "情報推進室"));
    private static final byte[] WRITTEN = new PlanWorkbookWriter().write(COVER, PlanWorkbookTest.PLAN);
    private static final String CATCH_ALL = "Excel ファイルとして読み込めませんでした";

    @Test
    void anEditedWorkbookIsReadOrExplained() {
        Fuzz.run("PlanWorkbookFuzzTest.anEditedWorkbookIsReadOrExplained", 800, (fuzz, i) -> {
            List<WorkbookMutations.Mutation> edits = WorkbookMutations.mutations(fuzz, 40, 12);
            PlanWorkbookReader.Reading reading = new PlanWorkbookReader().read(WorkbookMutations.apply(WRITTEN, edits));
            assertThat(reading.problems())
                    .as(edits::toString)
                    .noneSatisfy(p -> assertThat(p.text()).contains(CATCH_ALL));
            assertThat(reading.data() != null || !reading.problems().isEmpty())
                    .as(edits::toString)
                    .isTrue();
            assertThat(reading.problems())
                    .as(edits::toString)
                    .allSatisfy(p -> assertThat(p.text()).isNotBlank().doesNotContain("Exception", "null"));
        });
    }

    /** The written workbook with 1 to 20 of its bytes flipped. */
    static byte[] corrupted(Fuzz fuzz) {
        byte[] copy = WRITTEN.clone();
        fuzz.list(1, 20, () -> fuzz.between(0, WRITTEN.length - 1)).forEach(i -> copy[i] = (byte) (copy[i] ^ 0x5A));
        return copy;
    }

    @Test
    void aDamagedFileIsRefusedWithAMessage() {
        Fuzz.run("PlanWorkbookFuzzTest.aDamagedFileIsRefusedWithAMessage", 200, (fuzz, i) -> {
            PlanWorkbookReader.Reading reading = new PlanWorkbookReader().read(corrupted(fuzz));
            assertThat(reading.data() != null || !reading.problems().isEmpty()).isTrue();
        });
    }
}
