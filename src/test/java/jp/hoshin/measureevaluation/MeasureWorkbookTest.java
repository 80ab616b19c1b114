package jp.hoshin.measureevaluation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import jp.hoshin.measureevaluation.workbook.MeasureWorkbooks;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measure evaluation workbook of 三鷹市 令和2年度 (one worksheet per measure): filled in and taken back, every problem
 * reported at once with worksheet, row and column, nothing saved while any remains; a stale workbook refused.
 */
@SpringBootTest
@Transactional
class MeasureWorkbookTest {

    static final String MITAKA = "132047";
    static final int YEAR = 2020;

    /** Both parts may be written (the permissions are the controller's; tested on the pages). */
    static final MeasureWorkbooks.Permissions ANYONE = new MeasureWorkbooks.Permissions() {
        @Override
        public boolean first(MeasureSheet sheet) {
            return true;
        }

        @Override
        public boolean second(MeasureSheet sheet) {
            return true;
        }
    };

    @Autowired
    MeasureWorkbooks workbooks;

    @Autowired
    MeasureEvaluations evaluations;

    private static MeasureReference ref(String key) {
        return new MeasureReference(MITAKA, YEAR, "kihon-keikaku-4", key);
    }

    private static byte[] edit(byte[] xlsx, String sheet, int row, String value) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet(sheet);
            var r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
            r.createCell(1).setCellValue(value);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void everyProblemIsReportedWithItsPlaceAndNothingIsSaved() throws Exception {
        byte[] xlsx = workbooks.export(MITAKA, YEAR);
        xlsx = edit(xlsx, "K1-1", 4, "B"); // valid on its own
        xlsx = edit(xlsx, "K1-1", 6, "拡大"); // not in the list
        xlsx = edit(xlsx, "K1-2", 4, "Ｚ");
        xlsx = edit(xlsx, "K1-2", 10, "百");
        xlsx = edit(xlsx, "K2-1", 5, "ok"); // K2-1 is published in the demo data: frozen
        MeasureWorkbooks.Outcome outcome = workbooks.importWorkbook(MITAKA, YEAR, xlsx, ANYONE, "test");
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.problems())
                .extracting(ExchangeProblem::text)
                .contains(
                        "「K1-1」シート 7行目 B列: 「拡大」は一覧にありません（選べるもの：拡充 / レベルアップ / 現状維持 / 見直し / 縮小）。",
                        "「K1-2」シート 5行目 B列: 「Ｚ」は一覧にありません（選べるもの：A / B / C / D）。",
                        "「K1-2」シート 11行目 B列: 市民意識調査 重要度は0から100までの数（小数第2位まで）で入力してください。",
                        "「K2-1」シート 5行目 B列: この施策評価シートは「公表」のため、一次評価（進捗・成果と課題・今後の方向性）は変更できません。");
        assertThat(evaluations.sheet(ref("K1-1")).evaluation().started()).isFalse();
    }

    @Test
    void aCleanWorkbookWritesOnlyWhatChanged() throws Exception {
        byte[] xlsx = workbooks.export(MITAKA, YEAR);
        MeasureWorkbooks.Outcome unchanged = workbooks.importWorkbook(MITAKA, YEAR, xlsx, ANYONE, "test");
        assertThat(unchanged.succeeded()).isTrue();
        assertThat(unchanged.changed()).isZero();

        xlsx = edit(xlsx, "K1-1", 4, "Ｂ");
        xlsx = edit(xlsx, "K1-1", 5, "交流を再開した");
        xlsx = edit(xlsx, "K1-1", 6, "拡充");
        MeasureWorkbooks.Outcome outcome = workbooks.importWorkbook(MITAKA, YEAR, xlsx, ANYONE, "test");
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.changed()).isEqualTo(1);
        FirstAssessment first = evaluations.sheet(ref("K1-1")).evaluation().first();
        assertThat(first).isEqualTo(new FirstAssessment("B", "交流を再開した", "拡充"));

        // the same workbook again: made before that change
        byte[] stale = edit(xlsx, "K1-1", 5, "さらに書き足した");
        assertThat(workbooks.importWorkbook(MITAKA, YEAR, stale, ANYONE, "test").problems())
                .extracting(ExchangeProblem::text)
                .containsExactly("「K1-1」シート: 書き出した後に、ほかの人がこの施策評価シートを変更しました。書き出し直してから記入してください。");
    }

    @Test
    void theDepartmentOfAnotherMeasureIsRefused() throws Exception {
        byte[] xlsx = edit(workbooks.export(MITAKA, YEAR), "K1-1", 4, "A");
        MeasureWorkbooks.Permissions none = new MeasureWorkbooks.Permissions() {
            @Override
            public boolean first(MeasureSheet sheet) {
                return false;
            }

            @Override
            public boolean second(MeasureSheet sheet) {
                return false;
            }
        };
        assertThat(workbooks.importWorkbook(MITAKA, YEAR, xlsx, none, "test").problems())
                .extracting(ExchangeProblem::text)
                .containsExactly("「K1-1」シート: この施策の一次評価を記入できるのは、施策を担当する部と企画担当です。");
        assertThat(List.of(evaluations.sheet(ref("K1-1")).evaluation().started()))
                .containsExactly(false);
    }
}
