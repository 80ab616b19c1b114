package jp.hoshin.whitepaper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The white paper as readers get it: the demo's 令和2年度 paper of 三鷹市 (seed 003, generated from the plan data
 * and published at first start) read back from the PDF as text, its public pages, and the rules of publication.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class WhitePaperTest {

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    WhitePapers papers;

    @Autowired
    PolicyPlans plans;

    @Autowired
    SignIns signIns;

    @Test
    void theYearsPdfReproducesSeed003InReadingOrder() throws Exception {
        byte[] pdf = mvc.perform(get("/m/132047/2020/white-paper.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/white-paper-132047-2020.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // lines break anywhere in Japanese text: compare without white space
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // cover, contents and colophon
            assertThat(text)
                    .contains(
                            "三鷹市自治体経営白書2021",
                            "「創造的な自治体経営」を目指して",
                            "令和2（2020）年度の取り組み",
                            "令和3（2021）年7月",
                            "目次",
                            "企画部企画経営課行政評価担当",
                            "本誌への、ご意見・ご感想をお寄せください。");
            // chapter 1: measures with their owners, indicator values of the year and targets, progress texts
            assertInOrder(
                    text,
                    "第1章",
                    "第4次三鷹市基本計画（第2次改定）に基づく取り組み",
                    "第1節 第4次三鷹市基本計画（第2次改定）について",
                    "2 計画の施策体系",
                    "第2節 各施策の進捗状況 令和2（2020）年度",
                    "第1部 世界に開かれた平和・人権のまちをつくる",
                    "第1 国際化の推進",
                    "企画部企画経営課",
                    "英語版ホームページのアクセス件数",
                    "34,677件",
                    "202,850件",
                    "400,000件",
                    "多言語翻訳機を来庁者が多く訪れる部署",
                    "第2部",
                    "第8部 ふれあいと協働で進める市民自治のまちをつくる");
            assertThat(text).contains("8つの部と34の施策からなり、68の目標指標を定めています。");
            // the strategy: goals, numeric goals and KPIs
            assertInOrder(
                    text,
                    "第3節 三鷹市まち・ひと・しごと創生総合戦略について",
                    "基本目標1",
                    "子ども・子育て支援施策に不満があると回答した人の割合",
                    "11.4%",
                    "2 各施策の進捗状況",
                    "合計特殊出生率",
                    "1.11（令和元年）");
            // chapter 2: the action plan's 体系 and the items of the year
            assertInOrder(
                    text,
                    "第2章",
                    "行財政改革等の取り組み",
                    "三鷹市都市経営アクションプラン2022の体系",
                    "(1) 行政の役割転換",
                    "第2節 各体系の主な取り組み状況について",
                    "体系1 創造的な自治体経営の推進",
                    "1-(2)",
                    "空き家等の利活用の促進",
                    "都市整備部",
                    "セミナー及び個別相談会を民間事業者と共催で4回開催",
                    "【主要】",
                    "図書館ネットワークの再構築",
                    "体系13 情報環境の最適化",
                    "AI、RPA等の活用による業務効率の向上");
            assertThat(text)
                    .as("no missing glyph (#), replacement character or Kangxi radical")
                    .doesNotContain("#", "\uFFFD")
                    .doesNotContainPattern("[\u2F00-\u2FDF]");
            assertThat(text)
                    .as("values after the year are not in the year's paper")
                    .doesNotContain("令和3（2021）年度の取り組み状況");

            List<String> bookmarks = new ArrayList<>();
            collect(doc.getDocumentCatalog().getDocumentOutline().children(), bookmarks);
            assertThat(bookmarks)
                    .contains(
                            "目次",
                            "第1章 第4次三鷹市基本計画（第2次改定）に基づく取り組み",
                            "第1部 世界に開かれた平和・人権のまちをつくる",
                            "第2章 行財政改革等の取り組み",
                            "体系13 情報環境の最適化",
                            "発行");
            assertThat(doc.getNumberOfPages()).isGreaterThan(40);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ja");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("tagged PDF")
                    .isTrue();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
                }
                for (COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name))
                            .as("charts are vectors, not images")
                            .isNotInstanceOf(PDImageXObject.class);
                }
            }
            assertThat(
                            new PDFTextStripper() {
                                {
                                    setStartPage(5);
                                    setEndPage(5);
                                }
                            }.getText(doc))
                    .as("the page of 第1 国際化の推進 has its charts drawn (the chart's axis labels are shapes, not text)")
                    .contains("(1) 目標指標の達成状況");
        }
    }

    @Test
    void aChapterChoiceGivesASoundPaperForADifferentSetOfPlans() throws Exception {
        byte[] pdf = mvc.perform(get("/m/990001/2024/white-paper.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("第1章", "各部の運営方針と目標の達成状況", "総括", "結果：達成", "第2章", "事務事業評価の結果", "今後の方向性", "評価シートは説明用の")
                    .doesNotContain("第3章", "基本計画（");
        }
    }

    @Test
    void thePublicPagesAreTheChaptersOfTheIssuedEdition() throws Exception {
        String front = page("/m/132047/2020/white-paper");
        assertThat(front)
                .contains(
                        "三鷹市自治体経営白書 2021",
                        "href=\"/m/132047/2020/white-paper/basic-plan\"",
                        "href=\"/m/132047/2020/white-paper/action-plan#e-A1\"",
                        "/m/132047/2020/white-paper/editions/1.pdf",
                        "企画部企画経営課行政評価担当");
        String basic = page("/m/132047/2020/white-paper/basic-plan");
        assertThat(basic).contains("<h1", "第1 国際化の推進", "<caption", "202,850件", "role=\"img\"", "rel=\"next\"");
        assertThat(page("/m/132047/2020/white-paper/action-plan")).contains("1-(2)", "空き家等の利活用の促進", "rel=\"prev\"");
        assertThat(page("/m/132047/white-paper")).contains("令和2（2020）年度の取り組み");
        mvc.perform(get("/m/132047/2020/white-paper/no-such-chapter")).andExpect(status().isNotFound());
        String none = mvc.perform(get("/m/132047/2019/white-paper"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("令和元（2019）年度の自治体経営白書はまだ発行されていません");
    }

    @Test
    void aLongChapterGoesToBrowsersCompressedFromTheCache() throws Exception {
        byte[] plain = mvc.perform(get("/m/132047/2020/white-paper/basic-plan"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var compressed = mvc.perform(
                        get("/m/132047/2020/white-paper/basic-plan").header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.getHeader("Vary")).startsWith("Accept-Encoding");
        byte[] body = compressed.getContentAsByteArray();
        assertThat(body.length).isLessThan(plain.length / 4);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        var refused = mvc.perform(get("/m/132047/2020/white-paper/basic-plan").header("Accept-Encoding", "gzip;q=0"))
                .andReturn()
                .getResponse();
        assertThat(refused.getHeader("Content-Encoding")).isNull();
        assertThat(refused.getContentAsByteArray()).isEqualTo(plain);
    }

    @Test
    void aPublishedEditionStaysAsIssuedWhenTheDataChangesAndARevisedEditionNeedsAReason() throws Exception {
        byte[] first = papers.editionPdf("132047", 2020, 1).content();
        String firstPage = papers.editionPage("132047", 2020, 1, "basic-plan");
        long version = plans.progressText("132047", "kihon-keikaku-4", "K1-1", 2020)
                .orElseThrow()
                .version();
        plans.writeProgress("132047", "kihon-keikaku-4", "K1-1", 2020, version, "多文化共生センターの基本構想を取りまとめた。");

        assertThat(papers.proofPage("132047", 2020, "basic-plan").html()).contains("多文化共生センターの基本構想を取りまとめた。");
        assertThatThrownBy(() -> papers.publish("132047", 2020, " ", "mitaka-admin"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("改訂版を発行する理由");
        long before = publicContentVersion();
        EditionView second = papers.publish("132047", 2020, "第1 国際化の推進の取組状況を訂正しました。", "mitaka-admin");
        assertThat(publicContentVersion())
                .as("a public page cached before the publication is not served after it")
                .isGreaterThan(before);

        assertThat(second.number()).isEqualTo(2);
        assertThat(papers.editionPdf("132047", 2020, 1).content())
                .as("the first edition is kept as issued")
                .isEqualTo(first);
        assertThat(papers.editionPage("132047", 2020, 1, "basic-plan"))
                .isEqualTo(firstPage)
                .doesNotContain("基本構想を取りまとめた");
        assertThat(page("/m/132047/2020/white-paper/basic-plan")).contains("多文化共生センターの基本構想を取りまとめた。");
        assertThat(page("/m/132047/2020/white-paper")).contains("第2版", "第1 国際化の推進の取組状況を訂正しました。", "初版");
        try (PDDocument doc =
                Loader.loadPDF(papers.editionPdf("132047", 2020, 2).content())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("多文化共生センターの基本構想を取りまとめた。");
        }
    }

    private long publicContentVersion() {
        return jdbc.queryForObject("select version from public_content_version where id = 1", Long.class);
    }

    @Test
    void charactersTheFontCannotShowAreReportedBeforePublication() {
        assertThat(papers.unsupportedCharacters("132047", 2020)).isEmpty();
        long version = plans.progressText("132047", "kihon-keikaku-4", "K1-1", 2020)
                .orElseThrow()
                .version();
        plans.writeProgress("132047", "kihon-keikaku-4", "K1-1", 2020, version, "改修工事实施後の交通状況を検証した。");
        assertThat(papers.unsupportedCharacters("132047", 2020))
                .singleElement()
                .asString()
                .startsWith("实（U+5B9E）")
                .contains("改修工事实施後");
    }

    @Test
    void settingsAreValidatedAndTwoWritersDoNotOverwriteEachOther() throws Exception {
        WhitePapers.Settings settings = papers.settings("132047", 2020);
        FrontMatter front = settings.front();
        ChapterChoice chapters = settings.chapters();
        papers.save(
                "132047",
                2020,
                settings.version(),
                new FrontMatter(
                        "自治体経営白書 2021（改）",
                        front.subtitle(),
                        front.issuedOn(),
                        "はじめに",
                        front.issuer(),
                        front.address(),
                        front.contact(),
                        front.opinionNote()),
                chapters);
        assertThatThrownBy(() -> papers.save("132047", 2020, settings.version(), front, chapters))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> papers.save(
                        "132047",
                        2020,
                        settings.version() + 1,
                        front,
                        new ChapterChoice("sogo-senryaku", null, null, false, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("基本計画ではありません");

        String form = mvc.perform(post("/staff/m/132047/2020/white-paper")
                        .with(csrf())
                        .with(StaffUsers.as(signIns, "mitaka-admin"))
                        .param("version", Long.toString(settings.version() + 1))
                        .param("title", "　")
                        .param("issuedOn", "令和3年13月1日"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("表題を入力してください。", "発行日は「令和3年7月1日」", "白書に載せる章を一つ以上選んでください。", "aria-invalid=\"true\"");
        assertThat(papers.settings("132047", 2020).front().title()).isEqualTo("自治体経営白書 2021（改）");
    }

    @Test
    void aNewYearSuggestsThePlansInEffect() {
        WhitePapers.Settings settings = papers.settings("132047", 2021);
        assertThat(settings.saved()).isFalse();
        assertThat(settings.chapters().basicPlanKey()).isEqualTo("kihon-keikaku-4");
        assertThat(settings.chapters().strategyKey()).isEqualTo("sogo-senryaku");
        assertThat(settings.chapters().actionPlanKey()).isEqualTo("action-plan-2022");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> into) {
        for (PDOutlineItem item : items) {
            into.add(item.getTitle());
            collect(item.children(), into);
        }
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String spaced : parts) {
            String part = spaced.replaceAll("\\s+", "");
            int at = text.indexOf(part, from);
            assertThat(at).as("「" + part + "」 after position " + from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }

    @Test
    void aYearWithoutAPaperOrWithoutPlansShowsItsEmptySettings() throws Exception {
        // 2018 and 2026: no white paper saved, no year opened in Hoshin (the suggestion reads the year's plans)
        for (int year : new int[] {2018, 2026}) {
            String page = mvc.perform(get("/staff/m/132047/" + year + "/white-paper")
                            .with(StaffUsers.as(signIns, "mitaka-admin")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(year + "年度").contains("自治体経営白書").doesNotContain("Exception", "Whitelabel");
        }
    }
}
