package jp.hoshin.demo;

import java.time.LocalDate;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.whitepaper.ChapterChoice;
import jp.hoshin.whitepaper.FrontMatter;
import jp.hoshin.whitepaper.WhitePapers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The published white papers of the demo: 三鷹市's 令和2年度 paper with the cover, chapter introduction and
 * colophon of seed 003 (自治体経営白書 2021, everything else generated from the plan data), and the sample
 * city's 令和6年度 paper, which has the chapters of the departments' results (seed 004) and of the project evaluations
 * (the illustrative sheets of {@code DemoEvaluations}). Added once, after the evaluations.
 */
@Component
@Order(40)
class DemoWhitePapers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWhitePapers.class);
    private static final String MITAKA = "132047";
    private static final String SAMPLE = "990001";

    private final DemoData demo;
    private final Municipalities municipalities;
    private final WhitePapers papers;

    DemoWhitePapers(DemoData demo, Municipalities municipalities, WhitePapers papers) {
        this.demo = demo;
        this.municipalities = municipalities;
        this.papers = papers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        if (municipalities.exists(MITAKA) && !papers.settings(MITAKA, 2020).saved()) {
            papers.save(
                    MITAKA,
                    2020,
                    WhitePapers.NEW_PAPER,
                    new FrontMatter(
                            "自治体経営白書 2021",
                            "～「創造的な自治体経営」を目指して～",
                            LocalDate.of(2021, 7, 1),
                            null,
                            "企画部企画経営課行政評価担当",
                            "〒181-8555 東京都三鷹市野崎1-1-1",
                            "tel 0422-45-1151 内線2150\nfax 0422-29-9279\nE-mail：kikaku@city.mitaka.lg.jp",
                            "本誌への、ご意見・ご感想をお寄せください。"),
                    new ChapterChoice(
                            "kihon-keikaku-4",
                            "sogo-senryaku",
                            "action-plan-2022",
                            false,
                            "本章では、令和2年3月に策定した「第4次三鷹市基本計画（第2次改定）」の概要と、全34施策に定められた、"
                                    + "68のまちづくり指標の進捗を踏まえた取り組み状況を記載しています。",
                            null,
                            null));
            papers.publish(MITAKA, 2020, null, "system");
            log.info("デモデータ: 三鷹市の令和2年度の自治体経営白書（シード003）を発行しました。");
        }
        if (municipalities.exists(SAMPLE) && !papers.settings(SAMPLE, 2024).saved()) {
            papers.save(
                    SAMPLE,
                    2024,
                    WhitePapers.NEW_PAPER,
                    new FrontMatter(
                            "自治体経営白書 2025",
                            null,
                            LocalDate.of(2025, 7, 1),
                            null,
                            "企画部企画課（見本）",
                            null,
                            null,
                            "この白書は見本のデータから作った例です。"),
                    new ChapterChoice(
                            null,
                            null,
                            null,
                            true,
                            null,
                            null,
                            "本章では、各部が年度の初めに定めた運営方針と目標について、年度末の達成状況と各部の総括を掲載しています。",
                            true,
                            "本章では、令和6年度に評価を公表した事務事業の今後の方向性をまとめています（評価シートは説明用の架空の例です）。"));
            papers.publish(SAMPLE, 2024, null, "system");
            log.info("デモデータ: 見本市の令和6年度の自治体経営白書を発行しました。");
        }
    }
}
