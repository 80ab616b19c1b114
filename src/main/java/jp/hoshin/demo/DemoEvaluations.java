package jp.hoshin.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.hoshin.evaluation.Assessment;
import jp.hoshin.evaluation.EvaluationReview;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.FutureDirection;
import jp.hoshin.evaluation.ImplementationMethod;
import jp.hoshin.evaluation.IndicatorFigure;
import jp.hoshin.evaluation.IndicatorKind;
import jp.hoshin.evaluation.LegalBasisKind;
import jp.hoshin.evaluation.PerformanceIndicator;
import jp.hoshin.evaluation.Rating;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.evaluation.YearCost;
import jp.hoshin.municipality.Municipalities;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo evaluation sheets, added once when a demo municipality has none in its year:
 * <ul>
 * <li>三鷹市 令和2年度: two projects of the 行財政改革アクションプラン2022 (seed 003: 7-(4) 市内街路灯のLED化の推進,
 * 7-(10) 学校給食の充実と調理業務の委託化の推進), with only what the seed says; they stay at 一次評価 (the seed gives no
 * costs, ratings or direction, so nothing is published).</li>
 * <li>サンプル市 令和6年度: eight complete illustrative sheets (three years of costs and indicators, every stage), each marked
 * 「このデータは説明用の架空の例です」.</li>
 * </ul>
 */
@Component
@Order(30)
class DemoEvaluations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluations.class);
    static final String MITAKA = "132047";
    static final String SAMPLE = "990001";
    private static final String BY = "demo";

    private final DemoData demo;
    private final Municipalities municipalities;
    private final Evaluations evaluations;
    private final EvaluationReview review;
    private final TransactionTemplate transaction;

    DemoEvaluations(
            DemoData demo,
            Municipalities municipalities,
            Evaluations evaluations,
            EvaluationReview review,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.municipalities = municipalities;
        this.evaluations = evaluations;
        this.review = review;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        if (municipalities.exists(MITAKA) && evaluations.sheets(MITAKA, 2020).isEmpty()) {
            transaction.executeWithoutResult(status -> loadMitaka());
            log.info("デモデータ: 三鷹市 令和2年度の事業評価シート（シード003）を追加しました。");
        }
        if (municipalities.exists(SAMPLE) && evaluations.sheets(SAMPLE, 2024).isEmpty()) {
            transaction.executeWithoutResult(status -> loadSample());
            log.info("デモデータ: サンプル市 令和6年度の説明用の事業評価シートを追加しました。");
        }
    }

    private void loadMitaka() {
        // seed 003, 7-(4): about 12,300 lights, 10,821 replaced by the 2016 lease; by 2019-03-31 about 12,000 (about
        // 97%);
        // in 2020 about 140 more, about 12,200 in all; about 12,400 lights installed as of 2020
        SheetContent lights = new SheetContent(
                "市内街路灯のLED化の推進",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of("A7-4"),
                null,
                null,
                false,
                Set.of(),
                "市内に設置されている街路灯（令和2年度時点で約12,400灯）",
                "残りの蛍光灯・水銀灯の街路灯をLED化する",
                "平成28年度に灯具賃貸借契約でLED化した10,821灯以外の蛍光灯、水銀灯街路灯を順次取り替える",
                List.of(
                        new PerformanceIndicator(
                                IndicatorKind.ACTIVITY,
                                "その年度にLED化した街路灯（約）",
                                "灯",
                                false,
                                List.of(new IndicatorFigure(2020, null, new BigDecimal("140")))),
                        new PerformanceIndicator(
                                IndicatorKind.OUTCOME,
                                "LED化が完了した街路灯（累計・約）",
                                "灯",
                                false,
                                List.of(
                                        new IndicatorFigure(2018, null, new BigDecimal("12000")),
                                        new IndicatorFigure(2020, null, new BigDecimal("12200"))))),
                List.of(),
                null);
        evaluations.create(MITAKA, 2020, "toshi-seibi", lights, BY);
        // seed 003, 7-(10): 委託 started at 第三小学校 in April 2020, 19 schools; cumulative financial effect since 2007 about
        // 1,137.5 million yen
        SheetContent lunch = new SheetContent(
                "学校給食の充実と調理業務の委託化の推進",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of("A7-10"),
                2007,
                null,
                false,
                Set.of(ImplementationMethod.OUTSOURCED),
                "市立小・中学校の学校給食",
                "安全でおいしい学校給食の充実と効率的な運営を図る",
                "「学校給食の充実と効率的運営に関する実施方針」に基づき、自校方式による学校給食調理業務の委託化、多様な給食形態の提供などを推進する"
                        + "（委託を開始した平成19年度から令和2年度までの累計の財源効果は約11億3,750万円）",
                List.of(new PerformanceIndicator(
                        IndicatorKind.ACTIVITY,
                        "給食調理業務の委託実施校",
                        "校",
                        false,
                        List.of(new IndicatorFigure(2020, null, new BigDecimal("19"))))),
                List.of(),
                null);
        evaluations.create(MITAKA, 2020, "kyoiku", lunch, BY);
    }

    private record Example(
            String department,
            String section,
            String name,
            String target,
            String intent,
            String means,
            Set<ImplementationMethod> methods,
            LegalBasisKind legal,
            @Nullable String law,
            int start,
            String activity,
            String activityUnit,
            long[] activityValues,
            String outcome,
            String outcomeUnit,
            boolean decreasing,
            long[] outcomeTargets,
            long[] outcomeValues,
            long[] national,
            long[] prefectural,
            long[] general,
            String[] personYears,
            Rating relevance,
            Rating effectiveness,
            Rating efficiency,
            FutureDirection first,
            @Nullable FutureDirection second,
            int stageReached) {}

    private void loadSample() {
        evaluations.setLaborUnitCost(SAMPLE, 2022, 8_200_000L);
        evaluations.setLaborUnitCost(SAMPLE, 2023, 8_300_000L);
        evaluations.setLaborUnitCost(SAMPLE, 2024, 8_450_000L);
        List<Example> examples = List.of(
                new Example(
                        "seisaku-keiei",
                        "企画課",
                        "市民満足度調査の実施",
                        "市民（無作為抽出の2,000人）",
                        "市民の評価を施策の見直しに生かす",
                        "郵送とウェブで調査し、結果を公表する",
                        Set.of(ImplementationMethod.OUTSOURCED),
                        LegalBasisKind.DISCRETIONARY,
                        null,
                        2010,
                        "調査票の発送数",
                        "通",
                        new long[] {2000, 2000, 2000},
                        "回答率",
                        "%",
                        false,
                        new long[] {45, 45, 50},
                        new long[] {41, 44, 47},
                        new long[] {0, 0, 0},
                        new long[] {0, 0, 0},
                        new long[] {3_200_000, 3_150_000, 3_300_000},
                        new String[] {"0.3", "0.3", "0.25"},
                        Rating.A,
                        Rating.B,
                        Rating.A,
                        FutureDirection.CONTINUE,
                        FutureDirection.IMPROVE,
                        4),
                new Example(
                        "somu",
                        "職員課",
                        "職員研修の実施",
                        "市の職員",
                        "職員の能力を高め市民サービスを向上させる",
                        "階層別研修と専門研修を行う",
                        Set.of(ImplementationMethod.DIRECT, ImplementationMethod.OUTSOURCED),
                        LegalBasisKind.EFFORT,
                        "地方公務員法第39条",
                        1990,
                        "研修の実施回数",
                        "回",
                        new long[] {42, 45, 48},
                        "研修が業務に役立ったと答えた受講者の割合",
                        "%",
                        false,
                        new long[] {85, 85, 90},
                        new long[] {82, 87, 89},
                        new long[] {0, 0, 0},
                        new long[] {500_000, 500_000, 450_000},
                        new long[] {11_500_000, 12_000_000, 12_400_000},
                        new String[] {"1.5", "1.5", "1.5"},
                        Rating.A,
                        Rating.A,
                        Rating.B,
                        FutureDirection.CONTINUE,
                        null,
                        4),
                new Example(
                        "shimin-kankyo",
                        "ごみ対策課",
                        "ごみ減量・資源化の啓発",
                        "市民・事業者",
                        "1人1日あたりのごみの量を減らす",
                        "出前講座、アプリでの分別案内、集団回収への助成",
                        Set.of(ImplementationMethod.DIRECT, ImplementationMethod.SUBSIDY),
                        LegalBasisKind.MANDATORY,
                        "廃棄物の処理及び清掃に関する法律",
                        2005,
                        "出前講座の開催回数",
                        "回",
                        new long[] {18, 22, 25},
                        "1人1日あたりのごみの量",
                        "g",
                        true,
                        new long[] {560, 550, 540},
                        new long[] {571, 552, 548},
                        new long[] {0, 0, 0},
                        new long[] {1_000_000, 1_000_000, 1_200_000},
                        new long[] {18_000_000, 17_500_000, 18_300_000},
                        new String[] {"2.0", "2.0", "2.25"},
                        Rating.A,
                        Rating.B,
                        Rating.B,
                        FutureDirection.EXPAND,
                        FutureDirection.CONTINUE,
                        4),
                new Example(
                        "kodomo-mirai",
                        "子育て支援課",
                        "一時預かり事業",
                        "就学前の子どもと保護者",
                        "保護者の急な用事や育児疲れのときに子どもを預けられる",
                        "保育施設とNPOに委託して一時預かりを行う",
                        Set.of(ImplementationMethod.OUTSOURCED),
                        LegalBasisKind.EFFORT,
                        "児童福祉法",
                        2012,
                        "延べ利用者数",
                        "人",
                        new long[] {6_800, 7_400, 8_100},
                        "利用を断った件数",
                        "件",
                        true,
                        new long[] {120, 100, 80},
                        new long[] {150, 110, 95},
                        new long[] {10_000_000, 10_500_000, 11_000_000},
                        new long[] {10_000_000, 10_500_000, 11_000_000},
                        new long[] {12_000_000, 12_600_000, 13_500_000},
                        new String[] {"0.5", "0.5", "0.5"},
                        Rating.A,
                        Rating.A,
                        Rating.B,
                        FutureDirection.EXPAND,
                        FutureDirection.EXPAND,
                        4),
                new Example(
                        "chiiki-fukushi",
                        "地域福祉課",
                        "民生委員・児童委員活動の支援",
                        "民生委員・児童委員",
                        "地域の見守りと相談の担い手を支える",
                        "活動費の交付と研修",
                        Set.of(ImplementationMethod.SUBSIDY),
                        LegalBasisKind.MANDATORY,
                        "民生委員法",
                        1948,
                        "研修の開催回数",
                        "回",
                        new long[] {6, 6, 8},
                        "委員の充足率",
                        "%",
                        false,
                        new long[] {95, 95, 95},
                        new long[] {91, 90, 92},
                        new long[] {0, 0, 0},
                        new long[] {4_800_000, 4_800_000, 4_900_000},
                        new long[] {9_600_000, 9_700_000, 9_900_000},
                        new String[] {"0.8", "0.8", "0.8"},
                        Rating.A,
                        Rating.B,
                        Rating.B,
                        FutureDirection.IMPROVE,
                        FutureDirection.IMPROVE,
                        3),
                new Example(
                        "kenko-ikiiki",
                        "健康推進課",
                        "がん検診の実施",
                        "40歳以上の市民",
                        "がんを早く見つけて治療につなげる",
                        "医療機関に委託して5つのがん検診を行う",
                        Set.of(ImplementationMethod.OUTSOURCED),
                        LegalBasisKind.EFFORT,
                        "健康増進法",
                        1983,
                        "受診者数（延べ）",
                        "人",
                        new long[] {21_000, 22_500, 23_100},
                        "胃がん検診の受診率",
                        "%",
                        false,
                        new long[] {15, 16, 17},
                        new long[] {13, 14, 15},
                        new long[] {0, 0, 0},
                        new long[] {6_000_000, 6_200_000, 6_300_000},
                        new long[] {98_000_000, 102_000_000, 104_500_000},
                        new String[] {"3.0", "3.0", "3.0"},
                        Rating.A,
                        Rating.B,
                        Rating.C,
                        FutureDirection.IMPROVE,
                        null,
                        2),
                new Example(
                        "machizukuri",
                        "道路管理課",
                        "街路灯の維持管理",
                        "市が管理する街路灯",
                        "夜間の安全な通行を確保する",
                        "点検・修繕とLED灯具のリース",
                        Set.of(ImplementationMethod.OUTSOURCED),
                        LegalBasisKind.DISCRETIONARY,
                        null,
                        1975,
                        "修繕した街路灯",
                        "灯",
                        new long[] {420, 380, 350},
                        "夜道が明るいと感じる市民の割合",
                        "%",
                        false,
                        new long[] {70, 72, 75},
                        new long[] {68, 71, 73},
                        new long[] {0, 0, 0},
                        new long[] {0, 0, 0},
                        new long[] {61_000_000, 59_800_000, 60_200_000},
                        new String[] {"1.2", "1.2", "1.0"},
                        Rating.B,
                        Rating.A,
                        Rating.A,
                        FutureDirection.CONTINUE,
                        null,
                        1),
                new Example(
                        "kyoiku",
                        "学務課",
                        "学校給食調理業務の委託",
                        "市立小・中学校の児童・生徒",
                        "安全でおいしい給食を効率的に提供する",
                        "自校方式の調理業務を事業者に委託する",
                        Set.of(ImplementationMethod.OUTSOURCED),
                        LegalBasisKind.MANDATORY,
                        "学校給食法",
                        2007,
                        "委託実施校",
                        "校",
                        new long[] {14, 15, 16},
                        "給食1食あたりの調理コスト",
                        "円",
                        true,
                        new long[] {300, 295, 290},
                        new long[] {305, 297, 292},
                        new long[] {0, 0, 0},
                        new long[] {0, 0, 0},
                        new long[] {410_000_000, 425_000_000, 438_000_000},
                        new String[] {"4.0", "4.0", "4.0"},
                        Rating.A,
                        Rating.A,
                        Rating.B,
                        FutureDirection.CONTINUE,
                        null,
                        1));
        for (Example e : examples) {
            List<IndicatorFigure> activity = new ArrayList<>();
            List<IndicatorFigure> outcome = new ArrayList<>();
            List<YearCost> costs = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                int y = 2022 + k;
                activity.add(new IndicatorFigure(
                        y, BigDecimal.valueOf(e.activityValues()[k]), BigDecimal.valueOf(e.activityValues()[k])));
                outcome.add(new IndicatorFigure(
                        y, BigDecimal.valueOf(e.outcomeTargets()[k]), BigDecimal.valueOf(e.outcomeValues()[k])));
                costs.add(new YearCost(
                        y,
                        e.national()[k] == 0 ? null : e.national()[k],
                        e.prefectural()[k] == 0 ? null : e.prefectural()[k],
                        null,
                        null,
                        e.general()[k],
                        new BigDecimal(e.personYears()[k])));
            }
            SheetContent content = new SheetContent(
                    e.name(),
                    e.section(),
                    null,
                    null,
                    null,
                    null,
                    e.law(),
                    e.legal(),
                    null,
                    List.of(),
                    List.of(),
                    e.start(),
                    null,
                    false,
                    e.methods(),
                    e.target(),
                    e.intent(),
                    e.means(),
                    List.of(
                            new PerformanceIndicator(
                                    IndicatorKind.ACTIVITY, e.activity(), e.activityUnit(), false, activity),
                            new PerformanceIndicator(
                                    IndicatorKind.OUTCOME, e.outcome(), e.outcomeUnit(), e.decreasing(), outcome)),
                    costs,
                    0);
            EvaluationSheetView s = evaluations.create(SAMPLE, 2024, e.department(), content, BY, true);
            SheetReference ref = new SheetReference(SAMPLE, 2024, s.number());
            if (e.stageReached() >= 1) {
                s = review.recordFirstAssessment(
                        ref,
                        s.version(),
                        new Assessment(
                                e.relevance(),
                                "市が担う必要がある（説明用の例）",
                                e.effectiveness(),
                                "指標はおおむね目標に近い（説明用の例）",
                                e.efficiency(),
                                "委託・協働で費用を抑えている（説明用の例）",
                                e.first().label(),
                                e.first() == FutureDirection.CONTINUE ? null : "対象や手法を見直す（説明用の例）",
                                "所管課の所見（説明用の例）"));
            }
            if (e.stageReached() >= 2) {
                s = review.submitFirstEvaluation(ref, s.version(), BY);
            }
            if (e.stageReached() >= 3) {
                if (e.second() != null) {
                    s = review.recordSecondEvaluation(
                            ref,
                            s.version(),
                            new Assessment(
                                    e.relevance(),
                                    "（説明用の例）",
                                    e.effectiveness(),
                                    "（説明用の例）",
                                    e.efficiency(),
                                    "（説明用の例）",
                                    e.second().label(),
                                    "企画部門からの改善の指示（説明用の例）",
                                    "企画部門の所見（説明用の例）"),
                            null,
                            BY);
                }
                s = review.finalizeEvaluation(ref, s.version(), BY);
            }
            if (e.stageReached() >= 4) {
                review.publish(ref, s.version(), BY);
            }
        }
    }
}
