package jp.hoshin.committee;

import java.util.List;

import jp.hoshin.measureevaluation.ExternalReviews;
import jp.hoshin.measureevaluation.ExternalReviews.MeasureReview;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The committee's entries against the real database, read as the measure evaluation sheet reads them through
 * {@link ExternalReviews}: a 提言 of 2018 is followed on the same measure (same policy element id) in later years until it
 * is closed, each year's sheet shows the state as of that year. 三鷹市's demo basic plan gives the measures; years
 * 2010–2012 have no demo committee. Rolled back after each test.
 */
@SpringBootTest
@Transactional
class ExternalReviewsIntegrationTest {

    private static final String M = "132047";

    @Autowired
    ExternalReviews externalReviews;

    @Autowired
    CommitteeReviews reviews;

    @Autowired
    CommitteeMeasures measures;

    @Autowired
    CommitteeRatings ratings;

    @Autowired
    OpenRecommendations open;

    long measure;
    long other;

    @BeforeEach
    void measures() {
        List<MeasureRef> all = measures.measures(M);
        assertThat(all).hasSizeGreaterThan(2);
        measure = all.get(0).id();
        other = all.get(1).id();
    }

    @Test
    void theSheetShowsTheYearsRatingAndRecommendationsAndTheOpenOnesOfEarlierYears() {
        reviews.rate(M, 2010, measure, 0, "B");
        RecommendationView done = reviews.recommend(M, 2010, measure, "窓口の案内を見直すこと", "令和3年度に改善します。");
        RecommendationView going = reviews.recommend(M, 2010, measure, "指標を見直すこと", "");
        RecommendationView elsewhere = reviews.recommend(M, 2010, other, "別の施策への提言", "");
        reviews.followUp(M, done.id(), 2011, -1, FollowUpState.DONE, "案内を改めた");
        reviews.followUp(M, going.id(), 2011, -1, FollowUpState.IN_PROGRESS, "検討中");
        RecommendationView next = reviews.recommend(M, 2011, measure, "翌年度の提言", "");

        MeasureReview y2010 = externalReviews.of(M, 2010, measure);
        assertThat(y2010.rating()).isEqualTo("B");
        assertThat(y2010.thisYear())
                .extracting(ExternalReviews.Recommendation::text)
                .containsExactly("窓口の案内を見直すこと", "指標を見直すこと");
        assertThat(y2010.thisYear())
                .as("the 2010 sheet never shows what was recorded later")
                .allSatisfy(r -> {
                    assertThat(r.stateLabel()).isEmpty();
                    assertThat(r.open()).isTrue();
                });
        assertThat(y2010.thisYear().get(0).answer()).isEqualTo("令和3年度に改善します。");
        assertThat(y2010.stillOpen()).isEmpty();

        MeasureReview y2011 = externalReviews.of(M, 2011, measure);
        assertThat(y2011.rating()).as("no rating given in 2011").isEmpty();
        assertThat(y2011.thisYear())
                .extracting(ExternalReviews.Recommendation::id)
                .containsExactly(next.id());
        assertThat(y2011.stillOpen())
                .extracting(
                        ExternalReviews.Recommendation::id,
                        ExternalReviews.Recommendation::fiscalYear,
                        ExternalReviews.Recommendation::stateLabel,
                        ExternalReviews.Recommendation::stateNote,
                        ExternalReviews.Recommendation::open)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(done.id(), 2010, "対応済", "案内を改めた", false),
                        org.assertj.core.groups.Tuple.tuple(going.id(), 2010, "対応中", "検討中", true));

        MeasureReview y2012 = externalReviews.of(M, 2012, measure);
        assertThat(y2012.stillOpen())
                .as("the closed one is gone, the open ones of 2010 and 2011 stay")
                .extracting(ExternalReviews.Recommendation::id, ExternalReviews.Recommendation::stateLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(going.id(), "対応中"),
                        org.assertj.core.groups.Tuple.tuple(next.id(), ""));
        assertThat(y2012.stillOpen()).noneMatch(r -> r.id() == elsewhere.id());

        assertThat(externalReviews.of(M, 2012, -1)).isEqualTo(MeasureReview.none());
        assertThat(externalReviews.of("990001", 2012, measure))
                .as("another municipality's measure id says nothing")
                .isEqualTo(MeasureReview.none());
    }

    @Test
    void theOpenListGivesOwnerAgeAndStateAndFiltersByState() {
        RecommendationView a = reviews.recommend(M, 2010, measure, "提言A", "");
        RecommendationView b = reviews.recommend(M, 2010, measure, "提言B", "");
        reviews.followUp(M, b.id(), 2011, -1, FollowUpState.DECLINED, "費用対効果が見込めない");
        RecommendationView c = reviews.recommend(M, 2011, other, "提言C", "");
        reviews.followUp(M, c.id(), 2012, -1, FollowUpState.NOT_STARTED, "");

        List<OpenRecommendations.Line> lines = open.list(M, 2013, OpenRecommendations.Filter.OPEN, null).stream()
                .filter(l -> List.of(a.id(), b.id(), c.id())
                        .contains(l.recommendation().id()))
                .toList();
        assertThat(lines).extracting(l -> l.recommendation().id()).containsExactly(a.id(), c.id());
        assertThat(lines.get(0).age()).isEqualTo(3);
        assertThat(lines.get(0).stateLabel()).isEqualTo("（対応状況の記録なし）");
        assertThat(lines.get(0).measure().id()).isEqualTo(measure);
        assertThat(lines.get(1).stateLabel()).isEqualTo("未対応");
        assertThat(lines.get(1).stateYear()).isEqualTo(2012);

        assertThat(open.list(M, 2013, OpenRecommendations.Filter.DECLINED, null))
                .extracting(l -> l.recommendation().id())
                .contains(b.id())
                .doesNotContain(a.id(), c.id());
        MeasureRef m = measures.get(M, measure);
        String owner = m.departments().isEmpty() ? "none" : m.departments().get(0);
        assertThat(open.list(M, 2013, OpenRecommendations.Filter.OPEN, owner))
                .allMatch(l -> l.measure().ownedBy(owner));
    }

    @Test
    void staleEditsAndWrongInputAreRefusedAndSaveNothing() {
        RecommendationView r = reviews.recommend(M, 2010, measure, "提言", "");
        RecommendationView written = reviews.write(M, r.id(), r.version(), "提言（修正）", "対応方針");
        assertThat(written.answer()).isEqualTo("対応方針");
        assertThatThrownBy(() -> reviews.write(M, r.id(), r.version(), "古い画面から", ""))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(reviews.get(M, r.id()).text()).isEqualTo("提言（修正）");

        assertThatThrownBy(() -> reviews.followUp(M, r.id(), 2010, -1, FollowUpState.DONE, ""))
                .isInstanceOf(BusinessRuleException.class);
        RecommendationView followed = reviews.followUp(M, r.id(), 2011, -1, FollowUpState.DONE, "");
        assertThatThrownBy(() -> reviews.followUp(M, r.id(), 2011, -1, FollowUpState.IN_PROGRESS, ""))
                .as("the form showed no entry for 2011 but there is one")
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> reviews.followUp(M, r.id(), 2012, -1, FollowUpState.IN_PROGRESS, ""))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("完了しています");
        assertThat(reviews.followUp(
                                M, r.id(), 2011, followed.followUpVersionIn(2011), FollowUpState.IN_PROGRESS, "やり直し")
                        .open())
                .isTrue();
        assertThatThrownBy(
                        () -> reviews.remove(M, r.id(), reviews.get(M, r.id()).version()))
                .isInstanceOf(BusinessRuleException.class);

        assertThatThrownBy(() -> reviews.rate(M, 2010, measure, 0, "S"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("評価「S」は評価の区分にありません。一覧から選んでください。");
        ratings.save(M, 0, List.of("S", "A", "B"));
        CommitteeReviews.Rating s = reviews.rate(M, 2010, measure, 0, "S");
        assertThat(s.label()).isEqualTo("S");
        ratings.save(M, ratings.scale(M).version(), List.of("A", "B"));
        assertThat(reviews.rate(M, 2010, measure, s.version(), "S").label())
                .as("a label removed from the list stays on the rating it was recorded on")
                .isEqualTo("S");
        assertThatThrownBy(() -> reviews.rate(M, 2010, other, 0, "S")).isInstanceOf(BusinessRuleException.class);
        assertThat(reviews.rate(M, 2010, measure, s.version(), "A").version()).isGreaterThan(s.version());
        assertThatThrownBy(() -> reviews.rate(M, 2010, measure, s.version(), "B"))
                .as("a rating saved from an older page")
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> ratings.save(M, 0, List.of("A", "A")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("評価の区分「A」が重複しています。");
    }
}
