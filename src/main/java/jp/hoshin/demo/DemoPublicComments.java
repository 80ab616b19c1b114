package jp.hoshin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.publiccomment.Channels;
import jp.hoshin.publiccomment.ConsultationContent;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanContent;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.ItemAnswer;
import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.publiccomment.OpinionItemView;
import jp.hoshin.publiccomment.OpinionItems;
import jp.hoshin.publiccomment.OpinionSubmission;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.PersonalData;
import jp.hoshin.publiccomment.ReceivedOpinion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 三鷹市's individual plans of seed 002 (企画部: 行財政改革アクションプラン2022, 地域情報化プラン2022, 男女平等参画のための
 * 三鷹市行動計画2022, all 仮称, 素案) and an open consultation on them, added once to the demo municipality when it has
 * no individual plans yet. The consultation opens five days before the first start, so the form can be tried.
 */
@Component
@Order(20)
class DemoPublicComments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPublicComments.class);
    static final String MITAKA = "132047";

    private final DemoData demo;
    private final Municipalities municipalities;
    private final IndividualPlans plans;
    private final Consultations consultations;
    private final Opinions opinions;
    private final OpinionItems items;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPublicComments(
            DemoData demo,
            Municipalities municipalities,
            IndividualPlans plans,
            Consultations consultations,
            Opinions opinions,
            OpinionItems items,
            TransactionTemplate transaction,
            Clock clock) {
        this.demo = demo;
        this.municipalities = municipalities;
        this.plans = plans;
        this.consultations = consultations;
        this.opinions = opinions;
        this.items = items;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || !municipalities.exists(MITAKA)
                || !plans.plans(MITAKA).isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("デモデータ: 三鷹市の個別計画（シード002）と募集中のパブリックコメントを追加しました。");
    }

    private void load() {
        IndividualPlanView reform = plans.register(
                MITAKA,
                new IndividualPlanContent(
                        "行財政改革アクションプラン2022",
                        true,
                        IndividualPlanKind.FORMULATION,
                        "kikaku",
                        "企画経営課企画調整係",
                        null,
                        null,
                        "この計画は、持続可能な自治体経営の創造を実現するため、施策の「重点化」と「スリム化」を徹底し、「低成長時代」における緊縮財政を想定した行財政改革を進めることを目的とします。",
                        "第4次基本計画において「政策の基礎」として位置付けられている行財政改革を着実に実践するため、「コスト削減」や「財政基盤の強化」、「都市再生とコミュニティ創生の推進」など、持続可能な都市創造に向けた事業を柱に事業展開を図ります。",
                        List.of(
                                "事務事業総点検運動による厳しい事業の見直しと効率化、公共施設の維持管理の適正化など、以下の基本的方向に基づき行財政改革を推進します。",
                                "行政のスリム化と財政の健全性の維持",
                                "将来の人口構成を見据えた行政サービスのあり方の検討",
                                "自助・共助としての「市民力」と公助としての「職員力」の向上による協働の深化"),
                        null,
                        List.of()));
        IndividualPlanView ict = plans.register(
                MITAKA,
                new IndividualPlanContent(
                        "地域情報化プラン2022",
                        true,
                        IndividualPlanKind.FORMULATION,
                        "kikaku",
                        "情報推進課",
                        "0422-46-5034",
                        "jouhou@city.mitaka.tokyo.jp",
                        "この計画は、情報通信技術(ICT)の活用による「安全・安心な生活環境の実現」、「より利便性の高い市民サービスの提供」、「市民間の豊かな情報交流の実現」をめざすと同時に、「情報セキュリティの確立や個人情報保護」、「災害時等における事業継続性の確保」を図ることを目的として、ICT環境の整備と利活用を推進するものです。",
                        "この計画では、情報化をめぐる動向など、外部の環境変化を考慮するとともに、これまでに実施した主要施策について分析・評価を行い、今後の施策に必要な課題や改善点に留意しながら事業展開を図ります。",
                        List.of(
                                "ICTを活用した安全安心な生活環境の実現",
                                "ICTを活用した地域社会の活性化の促進",
                                "ICTを活用した魅力ある教育・生涯学習の推進",
                                "情報提供の充実と行政手続きの利便性の向上",
                                "地域情報化を支える基盤の整備"),
                        null,
                        List.of()));
        IndividualPlanView equality = plans.register(
                MITAKA,
                new IndividualPlanContent(
                        "男女平等参画のための三鷹市行動計画2022",
                        true,
                        IndividualPlanKind.FORMULATION,
                        "kikaku",
                        "企画経営課平和・女性・国際化推進係",
                        "0422-45-1271",
                        "kikaku@city.mitaka.tokyo.jp",
                        "この計画は、女性も男性も性別に関わらず、個人としてだれもが尊重され、一人ひとりの個性と能力が十分に発揮できる男女平等参画社会の実現を目的とする計画です。",
                        "この計画では、男女平等参画条例に基づき、人権の尊重やさまざまな分野における男女平等参画の推進など、8つの課題解決に向けて着実に取り組むことを通じて、ワーク・ライフ・バランスの推進を含む4つの基本目標の実現をめざします。",
                        List.of(
                                "男女平等参画条例と行動計画の啓発・推進",
                                "相談体制の充実",
                                "人権を尊重する男女平等意識の醸成",
                                "あらゆる分野・世代における男女平等参画の推進",
                                "就労の場における男女平等参画の推進",
                                "生涯を通じた男女の健康づくりの支援",
                                "男女平等参画を支える社会づくり",
                                "推進体制の整備"),
                        null,
                        List.of()));
        LocalDate today = LocalDate.now(clock.withZone(ConsultationPeriod.JAPAN));
        var c = consultations.create(
                MITAKA,
                new ConsultationContent(
                        "kikaku",
                        "個別計画（素案）へのご意見を募集します",
                        "第4次基本計画と同時に策定・改定を行う個別計画（素案）の概要をお示しし、市民のみなさんのご意見を募集します。計画名はいずれも仮称です。",
                        List.of(reform.id(), ict.id(), equality.id()),
                        "市のホームページのほか、相談・情報センター（市役所2階）、市政窓口、市民協働センター、コミュニティ・センターで配布しています。図書館でも閲覧できます。",
                        ConsultationPeriod.standard(today.minusDays(5)),
                        new Channels(
                                true,
                                "〒181-8555 三鷹市役所（個別計画担当課）",
                                null,
                                "kikaku@city.mitaka.tokyo.jp",
                                "各個別計画の担当課（市役所）"),
                        ConsultationContent.DEFAULT_RETENTION_DAYS));
        consultations.announce(MITAKA, c.id());

        // an earlier consultation with published results, so that the results page and PDF can be seen (an invented
        // example)
        var earlier = consultations.create(
                MITAKA,
                new ConsultationContent(
                        "kikaku",
                        "【デモ用の例】地域情報化プラン2022（素案）へのご意見（結果公表）",
                        "デモ用に作った例です。実際の意見募集ではありません。",
                        List.of(ict.id()),
                        "市役所2階 相談・情報センター",
                        ConsultationPeriod.standard(today.minusDays(70)),
                        new Channels(true, "〒181-8555 三鷹市役所 情報推進課", null, null, null),
                        365));
        consultations.announce(MITAKA, earlier.id());
        var person = new PersonalData("東京都三鷹市（デモ）", "デモ 提出者", null, "0000-00-0000");
        opinions.record(
                MITAKA,
                earlier.id(),
                new ReceivedOpinion(
                        OpinionChannel.POST,
                        today.minusDays(60),
                        new OpinionSubmission(false, person, ict.id(), "高齢者がスマートフォンで行政手続きをできるよう、講習会を増やしてください。")));
        opinions.record(
                MITAKA,
                earlier.id(),
                new ReceivedOpinion(
                        OpinionChannel.EMAIL,
                        today.minusDays(45),
                        new OpinionSubmission(false, person, ict.id(), "災害時にも使える公衆無線LANを公共施設に整備してほしい。")));
        opinions.record(
                MITAKA,
                earlier.id(),
                new ReceivedOpinion(
                        OpinionChannel.IN_PERSON,
                        today.minusDays(42),
                        new OpinionSubmission(true, person, ict.id(), "図書館の電子書籍を増やしてください。マイナンバーカードの手続きも分かりやすくしてほしい。")));
        // the third opinion holds two items; the items are answered with 反映区分, one shares another's answer
        var third = opinions.opinions(MITAKA, earlier.id(), false).get(2);
        items.add(MITAKA, earlier.id(), third.id(), "マイナンバーカードの手続きを分かりやすくしてほしい。");
        var received = opinions.opinions(MITAKA, earlier.id(), false);
        for (OpinionItemView i : items.items(MITAKA, earlier.id())) {
            if (i.opinionId() == received.get(0).id()) {
                items.answer(
                        MITAKA,
                        earlier.id(),
                        i.id(),
                        i.version(),
                        new ItemAnswer(
                                i.text(),
                                "行政手続きの利便性",
                                "ご意見を踏まえ、コミュニティ・センターでのスマートフォン講習会を主な事業に加えました。",
                                "反映する",
                                "「情報提供の充実と行政手続きの利便性の向上」に講習会の実施を加えました。",
                                null));
            } else if (i.opinionId() == received.get(1).id()) {
                items.answer(
                        MITAKA,
                        earlier.id(),
                        i.id(),
                        i.version(),
                        new ItemAnswer(
                                "災害時にも使える公衆無線LANを公共施設に整備してほしい。",
                                "基盤の整備",
                                "公共施設の公衆無線LANは、計画期間中に順次整備する予定です。",
                                "今後の参考とする",
                                null,
                                null));
            } else if (i.position() == 1) {
                items.answer(
                        MITAKA,
                        earlier.id(),
                        i.id(),
                        i.version(),
                        new ItemAnswer(
                                "図書館の電子書籍を増やしてください。", "情報提供の充実", "電子書籍の貸出は、計画の主な事業に盛り込んでいます。", "既に盛り込み済み", null, null));
            }
        }
        // the second item of the third opinion shares the answer of the first opinion's item (same 論点)
        List<OpinionItemView> numbered = items.items(MITAKA, earlier.id());
        OpinionItemView firstAnswer = numbered.stream()
                .filter(i -> i.opinionId() == received.get(0).id())
                .findFirst()
                .orElseThrow();
        OpinionItemView last = numbered.getLast();
        items.answer(
                MITAKA,
                earlier.id(),
                last.id(),
                last.version(),
                new ItemAnswer(last.text(), "行政手続きの利便性", null, null, null, firstAnswer.number()));
        consultations.publishResults(MITAKA, earlier.id(), "主な事業「情報提供の充実と行政手続きの利便性の向上」に、スマートフォン講習会を加えました。");
    }
}
