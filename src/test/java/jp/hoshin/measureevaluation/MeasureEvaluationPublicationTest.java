package jp.hoshin.measureevaluation;

import jp.hoshin.whitepaper.ChapterChoice;
import jp.hoshin.whitepaper.WhitePapers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is published of 施策評価 without a committee module (三鷹市 令和2年度, the demo's three illustrative sheets): no
 * committee part on a sheet, only published sheets counted, and the white paper's chapter 施策評価の結果 with the counts
 * by rating and by direction.
 */
@SpringBootTest
@Transactional
class MeasureEvaluationPublicationTest {

    @Autowired
    PublishedMeasureEvaluations published;

    @Autowired
    MeasureEvaluations evaluations;

    @Autowired
    WhitePapers papers;

    @Test
    void aMeasureTheCommitteeSaidNothingAboutHasNoCommitteePart() {
        MeasureSheet sheet = evaluations.sheet(new MeasureReference("132047", 2020, "kihon-keikaku-4", "K1-1"));
        assertThat(sheet.review()).isNull();
        assertThat(sheet.indicators()).isNotEmpty();
        assertThat(sheet.indicatorYears()).hasSize(3).endsWith("令和2（2020）年度");
    }

    @Test
    void onlyPublishedSheetsAreCountedAndTheWhitePaperHasTheChapter() {
        // an unpublished sheet does not count
        evaluations.recordFirstAssessment(
                new MeasureReference("132047", 2020, "kihon-keikaku-4", "K1-1"),
                MeasureEvaluationView.NOT_STARTED,
                new FirstAssessment("D", "書きかけ", "縮小"));
        PublishedMeasureEvaluations.Summary summary = published.summary("132047", 2020);
        assertThat(summary.total()).isEqualTo(3);
        assertThat(summary.byRating())
                .containsExactly(
                        java.util.Map.entry("A", 1L),
                        java.util.Map.entry("B", 2L),
                        java.util.Map.entry("C", 0L),
                        java.util.Map.entry("D", 0L));
        assertThat(summary.byDirection()).containsEntry("拡充", 1L).containsEntry("縮小", 0L);
        assertThat(published.published("132047", 2020))
                .extracting(MeasureSheet::key)
                .containsExactly("K1-3", "K2-1", "K3-1");

        WhitePapers.Settings settings = papers.settings("132047", 2020);
        papers.save(
                "132047",
                2020,
                settings.version(),
                settings.front(),
                new ChapterChoice(null, null, null, false, null, null, null, false, null, true, "施策ごとの評価をまとめました。"));
        var content = papers.content("132047", 2020);
        assertThat(content.chapters()).hasSize(1);
        var chapter = content.chapters().getFirst();
        assertThat(chapter.title()).isEqualTo("施策評価の結果");
        assertThat(chapter.measureEvaluations().total()).isEqualTo(3);
        assertThat(chapter.measureEvaluations().ratings()).containsExactly("A", "B", "C", "D");
        assertThat(chapter.measureEvaluations().ratingCounts()).containsExactly(1L, 2L, 0L, 0L);
        String page = papers.proofPage("132047", 2020, chapter.id()).html();
        assertThat(page).contains("施策ごとの評価をまとめました。").contains("情報環境の整備").contains("評価と今後の方向性の内訳");
    }
}
