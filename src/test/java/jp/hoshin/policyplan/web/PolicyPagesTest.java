package jp.hoshin.policyplan.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hoshin.shared.web.PageStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public plan pages against the white paper (seed 003): the indicator tables in the city's shape
 * (compound values, reference years, missing values, annotations, the strategy's own KPI target), the
 * judgement and charts, the progress texts, Japanese 404s, and a bounded number of queries per page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPagesTest {

    private static final String BASE = "/m/132047/policy";

    @Autowired
    MockMvc mvc;

    @Test
    void aMeasureShowsItsIndicatorTableAsTheCityPrintsIt() throws Exception {
        String html = page(BASE + "/kihon-keikaku-4/K2-3");
        assertThat(text(html))
                .contains(
                        "第3 都市型産業の育成",
                        "主な担当課",
                        "生活環境部生活経済課",
                        "(1) 目標指標の達成状況",
                        "(2) 施策の達成に向けた取り組み状況",
                        "「三鷹市都市型産業誘致条例」に基づき");
        assertThat(headerCells(html))
                .containsSubsequence(
                        "目標指標",
                        "計画策定時",
                        "達成値",
                        "目標値",
                        "平成22年度",
                        "平成26年度（前期）",
                        "平成30年度（中期）",
                        "令和2（2020）年度",
                        "令和4（2022）年度");
        assertThat(row(html, "SOHO集積施設数及び入居事業者数"))
                .containsExactly(
                        "SOHO集積施設数及び入居事業者数", "8施設 98事業者", "12施設 104事業者", "11施設 101事業者", "11施設 107事業者", "12施設 105事業者");
        assertThat(row(html, "製造業事業所数"))
                .containsExactly(
                        "製造業事業所数", "326事業所（平成21年）", "274事業所（平成24年）", "231事業所（平成28年）", "231事業所（平成28年）", "240事業所");
        assertThat(text(html)).contains("(注) 市がすべての事業者を把握することは困難であるため");
        // the judgement per indicator, the rule stated once, a chart per indicator with a text alternative
        assertThat(count(html, "判定の方法")).isEqualTo(1);
        assertThat(count(html, "role=\"img\"")).isEqualTo(3);
        assertThat(html).contains("<desc id=\"chart-1-d\">製造業事業所数の推移。平成22年度の326事業所（平成21年）から令和2年度の231事業所（平成28年）へ減少");
        assertThat(text(html)).contains("基準値より悪くなり、目標値にも届いていません。");
    }

    @Test
    void aMissingValueIsADashThatScreenReadersReadAsNoValue() throws Exception {
        String html = page(BASE + "/kihon-keikaku-4/K2-4-2");
        assertThat(row(html, "市民協働者数")).containsExactly("市民協働者数", "—値なし", "52人", "114人", "137人", "150人");
        assertThat(html).contains("<span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">値なし</span>");
        assertThat(html).contains("平成22年度は値がありません。");
    }

    @Test
    void annotationsAndTheirNotesStayWithTheValues() throws Exception {
        String html = page(BASE + "/kihon-keikaku-4/K2-6");
        assertThat(row(html, "「主要5事業」の達成状況(着手・継続)"))
                .containsExactly("「主要5事業」の達成状況(着手・継続)", "0件", "1件（⑤）", "1件（④）", "1件（④）", "4件（①②③④）");
        assertThat(row(html, "「主要5事業」の達成状況(完了)"))
                .containsExactly("「主要5事業」の達成状況(完了)", "0件", "0件", "2件（④※⑤）", "2件（④※⑤）", "1件（④※⑤）");
        assertThat(text(html)).contains("(注) 主要5事業：① 三鷹駅南口中央通り東地区再開発推進事業", "(※) 三鷹台駅前周辺地区まちづくり推進地区整備方針の策定は中期に完了");
    }

    @Test
    void theStrategyShowsItsGoalsAndKpisWithItsOwnTargets() throws Exception {
        String html = page(BASE + "/sogo-senryaku");
        assertThat(text(html))
                .contains("基本目標1 地域ぐるみで子どもの個性を尊重し、成長を支えるまちづくり", "施策の方向", "数値目標", "重要業績評価指標（KPI）", "戦略策定時の値（基準値）から");
        // columns derived from the baseline (2018, 戦略策定時) and the years with values, from one period before it
        assertThat(headerCells(html))
                .containsSubsequence(
                        "指標", "実績値", "戦略策定時", "実績値", "目標値", "平成26年度", "平成30年度", "令和2（2020）年度", "令和4（2022）年度");
        assertThat(headerCells(html)).doesNotContain("平成22年度");
        assertThat(row(html, "高齢者社会活動マッチング推進事業の会員数"))
                .startsWith(
                        "高齢者社会活動マッチング推進事業の会員数基本計画「第2 高齢者福祉の充実」の目標指標でもあります（目標値 4,000人、令和4年度）",
                        "2,554人",
                        "2,975人",
                        "3,097人",
                        "3,500人");
        assertThat(row(html, "保育園待機児童数"))
                .containsExactly("保育園待機児童数", "209人（平成27年4月1日時点）", "114人（平成31年4月1日時点）", "70人（令和3年4月1日時点）", "0人");
        assertThat(row(html, "合計特殊出生率"))
                .containsExactly("合計特殊出生率", "1.16（平成26年）", "1.29（平成30年）", "1.11（令和元年）", "1.43（令和4年）");
        assertThat(row(html, "従業者数（事業所単位）"))
                .containsExactly(
                        "従業者数（事業所単位）", "57,640人（平成24年度）", "56,139人（平成28年度）", "56,139人（平成28年度）", "60,000人（令和3年度）");
        assertThat(row(html, "三鷹駅南口中央通り東地区再開発推進事業"))
                .containsExactly("三鷹駅南口中央通り東地区再開発推進事業", "—値なし", "—値なし", "—値なし", "都市計画決定");
        assertThat(row(html, "農家の直接販売所数")).last().isEqualTo("維持");
    }

    @Test
    void theBasicPlansMeasureKeepsItsOwnTargetForTheSharedIndicator() throws Exception {
        String html = page(BASE + "/kihon-keikaku-4/K5-2");
        assertThat(row(html, "高齢者社会活動マッチング推進事業の会員数"))
                .containsExactly("高齢者社会活動マッチング推進事業の会員数", "2,034人", "2,554人", "2,975人", "3,097人", "4,000人");
        assertThat(text(html))
                .contains("総合戦略「基本目標2 市民がともに支え合い、健康で心ゆたかに生きがいを持って活躍できるまちづくり」の" + "KPIでもあります（目標値 3,500人、令和4年度）。");
    }

    @Test
    void aGoalPageHasItsDirectionAndBothTables() throws Exception {
        String html = page(BASE + "/sogo-senryaku/S2");
        assertThat(text(html)).contains("施策の方向", "誰一人取り残さない", "数値目標", "重要業績評価指標（KPI）");
        assertThat(row(html, "「コミュニティ創生プロジェクト」に不満があると回答した市民の割合")).endsWith("11.1%", "10.7%", "7.0%");
    }

    @Test
    void anActionPlanTaskShowsNumberOwnersOverviewAndProgress() throws Exception {
        String html = page(BASE + "/action-plan-2022/A7-10");
        assertThat(text(html))
                .contains(
                        "7-(10) 学校給食の充実と調理業務の委託化の推進",
                        "番号",
                        "所管",
                        "教育部",
                        "概要",
                        "「学校給食の充実と効率的運営に関する実施方針」に基づき",
                        "令和2（2020）年度の取組状況等",
                        "委託実施校は19校となった",
                        "体系7 サービスの質と効率性の向上");
        String plan = page(BASE + "/action-plan-2022");
        assertThat(text(plan)).contains("自治体経営の基本的な考え方(1) 行政の役割転換", "体系1 創造的な自治体経営の推進", "【主要】図書館ネットワークの再構築", "1-(6)");
        assertThat(plan).contains("href=\"/m/132047/policy/action-plan-2022/A7-10\"");
    }

    @Test
    void thePlansAreListedWithPeriodRevisionsAndPhases() throws Exception {
        String html = page(BASE);
        assertThat(text(html))
                .containsSubsequence(
                        "基本構想",
                        "三鷹市基本構想",
                        "基本計画",
                        "第4次三鷹市基本計画（第2次改定）",
                        "総合戦略",
                        "三鷹市まち・ひと・しごと創生総合戦略",
                        "行財政改革",
                        "三鷹市都市経営アクションプラン2022");
        assertThat(text(html))
                .contains(
                        "平成23（2011）年度〜令和4（2022）年度（12年間）",
                        "策定 平成24（2012）年3月",
                        "第2次改定 令和2（2020）年3月",
                        "前期　平成23（2011）年度〜平成26（2014）年度",
                        "基本目標「人間のあすへのまち」");
        String basic = page(BASE + "/kihon-keikaku-4");
        assertThat(text(basic)).contains("第4 商業環境の整備", "第4-1 商業環境の充実", "[主な担当課] 生活環境部生活経済課", "68の指標の判定");
        assertThat(page("/m/132047/")).contains("href=\"/m/132047/policy\"");
    }

    @Test
    void unknownPlansAndElementsAreA404InJapanese() throws Exception {
        String plan = mvc.perform(get(BASE + "/kihon-keikaku-9"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(plan).contains("三鷹市に計画「kihon-keikaku-9」は登録されていません。");
        String element = mvc.perform(get(BASE + "/kihon-keikaku-4/K9-9"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(element).contains("「第4次三鷹市基本計画（第2次改定）」に要素「K9-9」はありません。");
    }

    /**
     * A page's statements and the most it may take. Measured before → after the consolidation of issue 19 (the plans'
     * revisions and phases read once with the outlines, a plan read once with its elements, no count of indicators per
     * element that no page shows, where indicators are also placed in other plans in one query for all of them instead
     * of four per plan, linked department plans read with their projects), then the database half of the measure page
     * (a plan's revisions and phases read with the outlines in one statement, an element's placed indicators with their
     * values in one, the linked projects read as what the page shows and the names of their years' departments in one
     * statement however many years). Those were Hibernate's statements only; since the lookups run through JdbcClient
     * the caps count every statement of the request ({@link PageStatements}), measured: the list 4, the basic plan 6,
     * the strategy 7, the action plan 6, K5-2 11, S3 10, K2 10, K2-3 11. Two more on every page but the list (one more
     * there) since the plans and their revisions and phases, and a plan and its elements, are read in two statements
     * each: joined, every child row carried the plan's overview again, which cost the database more than a statement
     * (PolicyPlanRows); one more where indicators are placed, for the same reason: the placements with their
     * indicators, then the indicators' values. One fewer on every page since the branding is read with the
     * municipality (BrandingRows).
     * Every page reads the public cache's versions, the municipality with its branding, the plans; a plan's or an
     * element's page also the plan with its elements and the indicators with their values (the strategy also where its indicators are placed in other plans); an
     * element's page also its progress texts, where its indicators are placed (K2, with measures under it: its
     * indicators once more), the fiscal years, the linked department projects and, when there are any (K5-2, K2-3),
     * the names of their years' departments. Counted since then as what the driver is given to send at once: three
     * fewer on every page (one fewer on the list) since each of PolicyPlanRows' pairs of statements is sent together,
     * in one round trip (RoundTrips); one fewer on an element's page, whose placements and progress texts are sent
     * together (PolicyPlanRows.element). Then two fewer on a plan's page and one fewer on an element's: a plan is read
     * with the municipality's outlines in one round trip and, for its page, with the placements in it
     * (PolicyPlans.planPage).
     */
    private record Budget(String path, int statements) {}

    @Test
    void aPageCostsAFewQueriesHoweverManyIndicatorsItShows() throws Exception {
        for (Budget budget : List.of(
                new Budget(BASE, 3),
                new Budget(BASE + "/kihon-keikaku-4", 3),
                new Budget(BASE + "/sogo-senryaku", 4),
                new Budget(BASE + "/action-plan-2022", 3),
                new Budget(BASE + "/kihon-keikaku-4/K5-2", 8),
                new Budget(BASE + "/sogo-senryaku/S3", 7),
                new Budget(BASE + "/kihon-keikaku-4/K2", 7),
                new Budget(BASE + "/kihon-keikaku-4/K2-3", 8))) {
            PageStatements page = PageStatements.of(mvc, budget.path());
            assertThat(page.statements())
                    .as("statements for %s: %s", budget.path(), page.executed())
                    .isLessThanOrEqualTo(budget.statements());
        }
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text a reader sees, tags removed and white space collapsed. */
    private static String text(String html) {
        return html.replaceAll("(?s)<svg.*?</svg>", " ")
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ");
    }

    /** The cells of the first table row whose header cell starts with the name, each as text. */
    private static List<String> row(String html, String name) {
        Matcher rows = Pattern.compile("(?s)<tr[^>]*>(.*?)</tr>").matcher(html);
        while (rows.find()) {
            List<String> cells = cells(rows.group(1));
            if (!cells.isEmpty() && cells.getFirst().startsWith(name)) {
                return cells;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static List<String> headerCells(String html) {
        Matcher head = Pattern.compile("(?s)<thead>(.*?)</thead>").matcher(html);
        List<String> cells = new ArrayList<>();
        while (head.find()) {
            cells.addAll(cells(head.group(1)));
        }
        return cells;
    }

    private static List<String> cells(String rowHtml) {
        Matcher cell = Pattern.compile("(?s)<(th|td)[^>]*>(.*?)</\\1>").matcher(rowHtml);
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(text(cell.group(2)).strip().replaceAll("(?<=[^\\x00-\\x7F]) (?=[^\\x00-\\x7F])", ""));
        }
        return cells;
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void theDataTableOfIndicatorsIsNotTakenForAPlanNamedTables() throws Exception {
        var response = mvc.perform(get("/api/v1/municipalities/132047/plans/tables/indicators.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("指標ID")
                .contains("名称");
        // a plan's own indicator table still answers
        mvc.perform(get("/api/v1/municipalities/132047/plans/kihon-keikaku-4/indicators.csv"))
                .andExpect(status().isOk());
    }
}
