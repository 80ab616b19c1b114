package jp.hoshin.shared.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared exchange kit: typed values as people type them, one problem format, all problems collected. */
class ExchangeKitTest {

    private static final List<String> HEADER = List.of("名称", "件数", "金額", "期限", "年度", "区分", "重点");

    private final Problems problems = new Problems();

    private RowReader row(String... cells) {
        return RowReader.ofText(problems, "「指標」（values.csv）", 3, HEADER, Arrays.asList(cells));
    }

    @Test
    void theOneFormatNamesSheetRowColumnAndHeading() {
        assertThat(new ExchangeProblem("「個別事業」シート", 5, "C", null, "事業名を入力してください。").text())
                .isEqualTo("「個別事業」シート 5行目 C列: 事業名を入力してください。");
        assertThat(new ExchangeProblem("「指標値」（values.csv）", 3, "C", "値", "数値で").text())
                .isEqualTo("「指標値」（values.csv） 3行目 C列「値」: 数値で");
        assertThat(new ExchangeProblem("「指標値」（values.csv）", 4, null, "指標ID", "ありません。").text())
                .isEqualTo("「指標値」（values.csv） 4行目「指標ID」: ありません。");
        assertThat(ExchangeProblem.ofSheet("「各課の役割」シート", "このシートがありません。").text()).isEqualTo("「各課の役割」シート: このシートがありません。");
        assertThat(ExchangeProblem.ofFile("ファイルが大きすぎます。").text()).isEqualTo("ファイルが大きすぎます。");
    }

    @Test
    void numbersDatesAndYearsAreReadAsPeopleTypeThem() {
        RowReader r = row("街路灯", "１，２００", "３３０，０００円", "令和7年3月31日", "令和6年度", "", "○");
        assertThat(r.wholeNumber(1, "件数", 0, Long.MAX_VALUE)).contains(1200L);
        assertThat(r.decimal(2, "金額")).isEqualByComparingTo("330000");
        assertThat(r.date(3, "期限")).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(r.year(4, "年度", 1900, 2200)).isEqualTo(2024);
        assertThat(r.mark(6, "重点", List.of("○", "〇"), List.of())).isTrue();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void everyWrongCellIsRecordedWithItsPlaceAndTheRowGoesOn() {
        RowReader r = row("", "たくさん", "1.5億", "3月末", "来年", "中くらい", "済");
        assertThat(r.requiredText(0, "名称", 10)).isEmpty();
        assertThat(r.wholeNumber(1, "件数", 0, 999)).isEmpty();
        assertThat(r.decimal(2, "金額")).isNull();
        assertThat(r.date(3, "期限")).isNull();
        assertThat(r.year(4, "年度", 1900, 2200)).isNull();
        assertThat(r.choice(5, "区分", ExchangeKitTest::kind, null, true)).isNull();
        assertThat(r.mark(6, "重点", List.of("○"), List.of())).isFalse();
        assertThat(problems.texts())
                .containsExactly(
                        "「指標」（values.csv） 3行目 A列「名称」: 名称を入力してください。",
                        "「指標」（values.csv） 3行目 B列「件数」: 件数は0から999までの整数で入力してください（全角数字・桁区切りのカンマも使えます）。",
                        "「指標」（values.csv） 3行目 C列「金額」: 金額は数値だけを入力してください（単位は別の列に。全角数字・桁区切りのカンマも使えます）。",
                        "「指標」（values.csv） 3行目 D列「期限」: 期限は日付で入力してください（例: 2025/3/31、2025-03-31、令和7年3月31日）。",
                        "「指標」（values.csv） 3行目 E列「年度」: 年度は年度で入力してください（例: 2024、令和6年度）。",
                        "「指標」（values.csv） 3行目 F列「区分」: 区分は「活動」か「成果」です。（入力: 中くらい）",
                        "「指標」（values.csv） 3行目 G列「重点」: 重点は ○ か空欄にしてください（「済」は読み取れません）。");
    }

    @Test
    void aRefusedCellIsReportedOnceHoweverOftenItIsRead() {
        RowReader r = row("制御\u0000文字");
        r.text(0);
        r.optionalText(0, "名称", 100);
        assertThat(problems.list()).hasSize(1);
        assertThat(problems.list().getFirst().message()).contains("制御文字");
    }

    @Test
    void theListIsBoundedWithALineSayingTheRestWereLeftOut() {
        for (int i = 0; i < Problems.MAX + 30; i++) {
            problems.add("「個別事業」シート", i + 2, "A", "番号を入力してください。");
        }
        assertThat(problems.count()).isEqualTo(Problems.MAX + 30);
        assertThat(problems.list()).hasSize(Problems.MAX + 1);
        assertThat(problems.list().getLast().text()).isEqualTo("誤りが多いため、200 件より後は省きました。上の誤りを直してから、もう一度取り込んでください。");
    }

    @Test
    void excelCellsKeepTheirKindAndAFormulaIsRefusedOrTakenByItsResultAsTheFormatSays() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("個別事業").createRow(4);
            row.createCell(0).setCellValue(0.125);
            var percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            row.getCell(0).setCellStyle(percent);
            row.createCell(1).setCellFormula("1+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            RowReader refusing = RowReader.of(problems, "「個別事業」シート", row, 5, CellValue.Formulas.REFUSE);
            assertThat(refusing.decimal(0, "達成率")).isEqualByComparingTo(new BigDecimal("12.5"));
            assertThat(refusing.wholeNumber(1, "件数", 0, 9)).isEmpty();
            assertThat(problems.texts()).containsExactly("「個別事業」シート 5行目 B列: 数式は使えません。計算した結果を「値として貼り付け」てください。");
            RowReader cached = RowReader.of(new Problems(), "「評価」シート", row, 5, CellValue.Formulas.CACHED_RESULT);
            assertThat(cached.wholeNumber(1, "件数", 0, 9)).contains(2L);
        }
    }

    @Test
    void aDamagedFileIsAProblemButAFaultOfOursIsNotHidden() throws IOException {
        assertThat(Spreadsheets.open("PK not really a zip".getBytes(), problems, "Excel ファイルとして読み込めませんでした。"))
                .isEmpty();
        assertThat(problems.texts()).containsExactly("Excel ファイルとして読み込めませんでした。");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("a");
            wb.write(out);
        }
        assertThat(Spreadsheets.open(out.toByteArray(), new Problems(), "x")).isPresent();
        assertThat(Spreadsheets.isAboutTheFile(new NullPointerException())).isFalse();
        assertThatThrownBy(() -> {
                    throw new IllegalStateException("ours");
                })
                .satisfies(e -> assertThat(Spreadsheets.isAboutTheFile(e)).isFalse());
    }

    @Test
    void csvIsReadAsUtf8OrAsExcelInJapanSavesIt() {
        String text = "指標ID,年度\r\nI-1,令和3年度\r\n";
        assertThat(Spreadsheets.decodeCsv(text.getBytes(Charset.forName("windows-31j"))))
                .isEqualTo(text);
        assertThat(Spreadsheets.decodeCsv(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(text);
    }

    private static String kind(String label) {
        if (label.equals("活動") || label.equals("成果")) {
            return label;
        }
        throw new IllegalArgumentException("区分は「活動」か「成果」です。");
    }
}
