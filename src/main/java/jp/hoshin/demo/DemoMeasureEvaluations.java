package jp.hoshin.demo;

import java.math.BigDecimal;

import jp.hoshin.measureevaluation.FirstAssessment;
import jp.hoshin.measureevaluation.MeasureEvaluationReview;
import jp.hoshin.measureevaluation.MeasureEvaluationView;
import jp.hoshin.measureevaluation.MeasureEvaluations;
import jp.hoshin.measureevaluation.MeasureReference;
import jp.hoshin.measureevaluation.SecondReview;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo measure evaluations (施策評価), added once when the demo city has none in its year: 三鷹市 令和2年度, three measures of
 * the 第4次基本計画 (K1-3 男女平等参画社会の実現, K2-1 情報環境の整備, K3-1 安全で快適な道路の整備) taken through 一次評価 → 二次評価 →
 * 確定 → 公表. Their entries are made up and every sheet is marked illustrative (例示); the indicators, progress texts and
 * the plan they read are the seed's. (The sample city サンプル市 has no basic plan to evaluate.)
 */
@Component
@Order(45)
class DemoMeasureEvaluations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeasureEvaluations.class);
    static final String MITAKA = "132047";
    static final int YEAR = 2020;
    static final String PLAN = "kihon-keikaku-4";
    private static final String BY = "demo";

    private final DemoData demo;
    private final Municipalities municipalities;
    private final MeasureEvaluations evaluations;
    private final MeasureEvaluationReview review;
    private final TransactionTemplate transaction;

    DemoMeasureEvaluations(
            DemoData demo,
            Municipalities municipalities,
            MeasureEvaluations evaluations,
            MeasureEvaluationReview review,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.municipalities = municipalities;
        this.evaluations = evaluations;
        this.review = review;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !municipalities.exists(MITAKA)) {
            return;
        }
        boolean none = evaluations.list(MITAKA, YEAR).stream()
                .noneMatch(r -> r.evaluation().started());
        if (none) {
            transaction.executeWithoutResult(status -> load());
            log.info("デモデータ: 三鷹市 令和2年度の例示の施策評価を追加しました。");
        }
    }

    private void load() {
        sheet(
                "K1-3",
                "B",
                "demo.measureEvaluation.k13.results",
                "レベルアップ",
                "B",
                "demo.measureEvaluation.k13.second",
                "58.3",
                "41.0");
        sheet(
                "K2-1",
                "A",
                "demo.measureEvaluation.k21.results",
                "拡充",
                "A",
                "demo.measureEvaluation.k21.second",
                "66.0",
                "47.5");
        sheet(
                "K3-1",
                "C",
                "demo.measureEvaluation.k31.results",
                "見直し",
                "B",
                "demo.measureEvaluation.k31.second",
                null,
                null);
    }

    private void sheet(
            String key,
            String progress,
            String resultsKey,
            String direction,
            String rating,
            String commentKey,
            @Nullable String importance,
            @Nullable String satisfaction) {
        MeasureReference ref = new MeasureReference(MITAKA, YEAR, PLAN, key);
        MeasureEvaluationView v = evaluations.recordFirstAssessment(
                ref,
                MeasureEvaluationView.NOT_STARTED,
                new FirstAssessment(progress, Messages.get(resultsKey), direction),
                true);
        v = review.submitFirstEvaluation(ref, v.version(), BY);
        v = review.recordSecondReview(
                ref,
                v.version(),
                new SecondReview(
                        rating,
                        Messages.get(commentKey),
                        importance == null ? null : new BigDecimal(importance),
                        satisfaction == null ? null : new BigDecimal(satisfaction)),
                BY);
        v = review.finalizeEvaluation(ref, v.version(), BY);
        review.publish(ref, v.version(), BY);
    }
}
