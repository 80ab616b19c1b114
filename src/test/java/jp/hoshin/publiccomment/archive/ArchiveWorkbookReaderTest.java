package jp.hoshin.publiccomment.archive;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.publiccomment.ArchivedConsultation;
import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.publiccomment.ReflectionCategory;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive workbook: the template filled in as a city would, read back; every problem reported at once. */
class ArchiveWorkbookReaderTest {

    private static final Set<String> REFLECTIONS = Set.copyOf(
            ReflectionCategory.DEFAULTS.stream().map(ReflectionCategory::label).toList());
    private static final List<ArchiveWorkbookReader.Department> DEPARTMENTS =
            List.of(new ArchiveWorkbookReader.Department("kikaku", "企画部"));

    private static Workbook filled() throws IOException {
        return ArchiveWorkbookSamples.filled();
    }

    private static void put(Sheet sheet, int row, int column, Object value) {
        ArchiveWorkbookSamples.put(sheet, row, column, value);
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        return ArchiveWorkbookSamples.bytes(wb);
    }

    private static ArchiveWorkbookReader.Reading read(Workbook wb) throws IOException {
        return new ArchiveWorkbookReader(REFLECTIONS, DEPARTMENTS).read(bytes(wb));
    }

    @Test
    void aFilledTemplateIsReadWithItsNumbersAnswersAndCounts() throws IOException {
        ArchiveWorkbookReader.Reading reading = read(filled());
        assertThat(reading.problems()).isEmpty();
        ArchivedConsultation a = reading.consultation();
        assertThat(a).isNotNull();
        assertThat(a.departmentCode()).isEqualTo("kikaku");
        assertThat(a.period().startsOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(a.period().deadline()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(a.submitters()).isEqualTo(Map.of(OpinionChannel.WEB, 10, OpinionChannel.POST, 4));
        assertThat(a.items())
                .extracting(ArchivedConsultation.Item::number, ArchivedConsultation.Item::channel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, OpinionChannel.POST),
                        org.assertj.core.groups.Tuple.tuple(2, OpinionChannel.WEB),
                        org.assertj.core.groups.Tuple.tuple(3, OpinionChannel.WEB));
        assertThat(a.items().get(1).sharesAnswerOf()).isEqualTo(1);
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsSheetRowAndColumn() throws IOException {
        Workbook wb = filled();
        Sheet c = wb.getSheet("意見募集");
        put(c, 2, 1, "");
        put(c, 3, 1, "土木部");
        put(c, 9, 1, "令和6年6月15日");
        Sheet items = wb.getSheet("意見と市の考え方");
        put(items, 1, 4, "採用");
        put(items, 2, 6, 9);
        put(items, 3, 0, 5);
        put(items, 3, 7, "ファクス");
        put(items, 4, 0, 4);
        put(items, 4, 1, "第2章");
        put(items, 4, 2, "駐車場を広く。");
        put(items, 4, 3, "検討します。");
        put(items, 4, 4, "その他");
        put(items, 4, 7, "郵送");
        ArchiveWorkbookReader.Reading reading = read(wb);
        assertThat(reading.consultation()).isNull();
        assertThat(reading.problems().stream().map(ExchangeProblem::text))
                .contains(
                        "「意見募集」シート 3行目 B列: 件名を入力してください。",
                        "「意見募集」シート 4行目 B列: 担当部「土木部」は見つかりません。部のコードか名称を入力してください。",
                        "「意見募集」シート 10行目 B列: 公表日は締切日より後の日にしてください。",
                        "「意見と市の考え方」シート 2行目 E列: 反映区分「採用」は一覧にありません。一覧から選んでください。",
                        "「意見と市の考え方」シート 4行目 A列: 番号は1から順に、抜けなく付けてください（この行は 3 のはずです）。",
                        "「意見と市の考え方」シート 4行目 H列: 提出方法「ファクス」の提出者数が0です。「提出者数」シートを確かめてください。",
                        "「意見と市の考え方」シート 5行目 B列: 論点「第2章」の意見は、まとめて並べてください（結果の番号順）。")
                .anyMatch(t -> t.startsWith("「意見と市の考え方」シート 3行目 G列: 同じ回答とする番号 9"));
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedInJapanese() {
        var reading = new ArchiveWorkbookReader(REFLECTIONS, DEPARTMENTS).read("件名,担当部".getBytes());
        assertThat(reading.consultation()).isNull();
        assertThat(reading.problems().getFirst().text()).contains("Excel ブック（.xlsx）を選んでください。");
    }
}
