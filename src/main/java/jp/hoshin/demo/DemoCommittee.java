package jp.hoshin.demo;

import java.time.LocalDate;
import java.util.List;

import jp.hoshin.committee.CommitteeMeasures;
import jp.hoshin.committee.CommitteeReviews;
import jp.hoshin.committee.Committees;
import jp.hoshin.committee.FollowUpState;
import jp.hoshin.committee.MeasureRef;
import jp.hoshin.committee.MeetingDraft;
import jp.hoshin.committee.MemberDraft;
import jp.hoshin.committee.MinutesFile;
import jp.hoshin.committee.RecommendationView;
import jp.hoshin.document.PdfDocuments;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An illustrative external evaluation committee (外部評価委員会, marked 例示 on every page that shows it) across two
 * years, published: サンプル市 when its basic plan has measures, otherwise 三鷹市 (whose demo basic plan has them). The
 * earlier year's committee (three members, one of them not named publicly; two meetings, the first with a minutes PDF)
 * rates three measures and makes four 提言 with the city's answers; in the later year each is followed up in a different
 * state (対応済 / 対応中 / 未対応 / 対応しない), and the later committee makes two new 提言. The two years are the city's
 * two latest fiscal years (the year before the latest when it has only one). Added once; nothing is done when either
 * year already has a committee. In 三鷹市 it rates 第4次基本計画's K1-3, K2-1 and K3-1, the measures of the demo 施策評価 sheets.
 */
@Component
@Order(90)
class DemoCommittee implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCommittee.class);
    private static final String SAMPLE = "990001";
    private static final String MITAKA = "132047";
    private static final String NAME = "外部評価委員会（例示）";
    private static final List<String> PREFERRED = List.of("K1-3", "K2-1", "K3-1");

    private final DemoData demo;
    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Committees committees;
    private final CommitteeReviews reviews;
    private final CommitteeMeasures measures;
    private final PdfDocuments pdf;
    private final TransactionTemplate transaction;

    DemoCommittee(
            DemoData demo,
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Committees committees,
            CommitteeReviews reviews,
            CommitteeMeasures measures,
            PdfDocuments pdf,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.committees = committees;
        this.reviews = reviews;
        this.measures = measures;
        this.pdf = pdf;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        String code = city();
        if (code == null) {
            return;
        }
        List<Integer> years = fiscalYears.list(code).stream()
                .map(FiscalYearView::year)
                .map(y -> y.startYear())
                .sorted()
                .toList();
        if (years.isEmpty()) {
            return;
        }
        int later = years.getLast();
        int earlier = years.size() > 1 ? years.get(years.size() - 2) : later - 1;
        if (committees.find(code, earlier).isPresent()
                || committees.find(code, later).isPresent()) {
            return;
        }
        List<MeasureRef> ms = measures.measures(code);
        byte[] minutes = pdf.render(minutesXhtml(earlier), "");
        transaction.executeWithoutResult(status -> load(code, earlier, later, ms, minutes));
        log.info("デモデータ: 説明用（例示）の外部評価委員会を {} の {} 年度と {} 年度に追加しました。", code, earlier, later);
    }

    private @org.jspecify.annotations.Nullable String city() {
        if (municipalities.exists(SAMPLE) && measures.measures(SAMPLE).size() >= 3) {
            return SAMPLE;
        }
        if (municipalities.exists(MITAKA) && measures.measures(MITAKA).size() >= 3) {
            return MITAKA;
        }
        return null;
    }

    private void load(String code, int earlier, int later, List<MeasureRef> ms, byte[] minutes) {
        // 三鷹市: the measures the demo measure evaluation sheets of 令和2年度 evaluate, so those sheets show the committee
        List<MeasureRef> chosen =
                ms.stream().filter(m -> PREFERRED.contains(m.key())).toList();
        if (chosen.size() < 3) {
            chosen = ms;
        }
        MeasureRef first = chosen.get(0);
        MeasureRef second = chosen.get(1);
        MeasureRef third = chosen.get(2);

        committees.establishIllustrative(code, earlier, NAME);
        members(code, earlier);
        committees.addMeeting(
                code,
                earlier,
                new MeetingDraft(1, LocalDate.of(earlier, 7, 10), "1 委員長・副委員長の選出\n2 施策評価の進め方について\n3 施策のヒアリング（3施策）", ""),
                new MinutesFile("minutes-1.pdf", minutes));
        committees.addMeeting(
                code,
                earlier,
                new MeetingDraft(
                        2,
                        LocalDate.of(earlier, 10, 2),
                        "1 施策の評価（案）について\n2 提言のとりまとめ",
                        "委員長：本日は評価案と提言の取りまとめを行います。（例示の会議録です）\n"
                                + "委員：指標の目標値の根拠を市民に分かりやすく示すべきではないか。\n"
                                + "事務局：次年度の施策評価シートで根拠を示します。"),
                null);
        reviews.rate(code, earlier, first.id(), 0, "B");
        reviews.rate(code, earlier, second.id(), 0, "C");
        reviews.rate(code, earlier, third.id(), 0, "A");
        RecommendationView done = reviews.recommend(
                code, earlier, first.id(), "指標の目標値の根拠を、施策評価シートで市民に分かりやすく示すこと。（例示）", "次年度の施策評価シートから、目標値ごとに設定の根拠を記載します。");
        RecommendationView going = reviews.recommend(
                code, earlier, first.id(), "関係する事業の統合・再編を検討すること。（例示）", "関係課による検討会を設け、2年を目途に方向性を定めます。");
        RecommendationView notStarted =
                reviews.recommend(code, earlier, second.id(), "市民アンケートの回答者層の偏りを補正すること。（例示）", "調査方法の見直しの中で検討します。");
        RecommendationView declined = reviews.recommend(
                code, earlier, third.id(), "施設の開館時間を全日2時間延長すること。（例示）", "利用実態と費用を踏まえ、延長は行わず、繁忙期の臨時延長で対応します。");
        committees.publish(
                code, earlier, committees.find(code, earlier).orElseThrow().version(), "demo");

        committees.establishIllustrative(code, later, NAME);
        members(code, later);
        committees.addMeeting(
                code,
                later,
                new MeetingDraft(
                        1,
                        LocalDate.of(later, 7, 8),
                        "1 前年度の提言への対応状況の報告\n2 施策のヒアリング",
                        "事務局から前年度の提言4件の対応状況を報告した。（例示の会議録です）"),
                null);
        committees.addMeeting(
                code, later, new MeetingDraft(2, LocalDate.of(later, 10, 7), "1 施策の評価（案）について\n2 提言のとりまとめ", ""), null);
        reviews.followUp(code, done.id(), later, -1, FollowUpState.DONE, "施策評価シートに目標値の根拠欄を設けました。");
        reviews.followUp(code, going.id(), later, -1, FollowUpState.IN_PROGRESS, "検討会を2回開催しました。");
        reviews.followUp(code, notStarted.id(), later, -1, FollowUpState.NOT_STARTED, "調査方法の見直しは次年度に行います。");
        reviews.followUp(code, declined.id(), later, -1, FollowUpState.DECLINED, "繁忙期の臨時延長で対応しました。");
        reviews.rate(code, later, first.id(), 0, "B");
        reviews.rate(code, later, second.id(), 0, "B");
        reviews.recommend(code, later, second.id(), "若年層の参加を促す取組を強化すること。（例示）", "SNSでの周知と、学校と連携した出前講座を行います。");
        reviews.recommend(code, later, first.id(), "成果指標に満足度だけでなく利用者数を加えること。（例示）", "");
        committees.publish(
                code, later, committees.find(code, later).orElseThrow().version(), "demo");
    }

    private void members(String code, int year) {
        committees.addMember(code, year, new MemberDraft("例示 一郎", "委員長", "大学教授（行政学）", true));
        committees.addMember(code, year, new MemberDraft("例示 花子", "副委員長", "公認会計士", true));
        committees.addMember(code, year, new MemberDraft("例示 三郎", "委員", "公募市民", false));
    }

    private static String minutesXhtml(int year) {
        return """
                <html lang="ja"><head><title>外部評価委員会 第1回 会議録（例示）</title></head><body>
                <h1>外部評価委員会 第1回 会議録（例示）</h1>
                <p>開催日：%d年7月10日</p>
                <p>この会議録は説明のための例示です。</p>
                <p>委員長・副委員長を選出し、施策評価の進め方を確認した。3施策について所管部からヒアリングを行った。</p>
                </body></html>
                """.formatted(year);
    }
}
