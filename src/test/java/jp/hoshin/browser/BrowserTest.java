package jp.hoshin.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the real pages in headless Chromium (Debian's chromium and chromium-driver): a department
 * editor signs in and edits their department; public pages pass axe-core with no WCAG 2.1 AA
 * violations. Screenshots go to target/screenshots. Skipped only outside CI when Chromium is absent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

    @RegisterExtension
    static final ChromiumExtension browser =
            ChromiumExtension.window(1280, 1600).waitingForElements(Duration.ofSeconds(5));

    private final WebDriver driver = browser.driver();

    @Test
    void aDepartmentEditorSignsInAndEditsTheirDepartment() throws Exception {
        browser.signIn("mitaka-somu");
        browser.waitForText("三鷹市 年度の管理");
        driver.findElement(By.cssSelector("a[href='/staff/m/132047/2020/departments']"))
                .click();
        driver.findElement(By.cssSelector("a[aria-label='総務部を編集']")).click();
        browser.screenshot("staff-department-edit");

        WebElement head = driver.findElement(By.id("headName"));
        head.clear();
        head.sendKeys("ブラウザ 試験");
        WebElement staff = driver.findElement(By.id("staffCount"));
        staff.clear();
        staff.sendKeys("４５");
        driver.findElement(By.cssSelector("#department-form button[type=submit]"))
                .click();

        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
                .contains("「総務部」を保存しました。");
        assertThat(driver.findElement(By.id("staffCount")).getAttribute("value"))
                .isEqualTo("45");

        // another department is read-only for this editor
        driver.get(browser.url("/staff/m/132047/2020/departments/kikaku"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("この部を編集する権限がありません");

        driver.get(browser.url("/m/132047/2020/departments/somu"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("ブラウザ 試験")
                .contains("45人");
        browser.screenshot("public-department");
    }

    @Test
    void aWrongEntryIsShownNextToTheField() {
        browser.signIn("mitaka-somu");
        driver.get(browser.url("/staff/m/132047/2020/departments/somu"));
        WebElement budget = driver.findElement(By.id("budgetYen"));
        budget.clear();
        budget.sendKeys("約10億円");
        driver.findElement(By.cssSelector("#department-form button[type=submit]"))
                .click();
        assertThat(driver.findElement(By.id("budgetYen-error")).getText()).contains("予算規模（円）は0以上の整数で入力してください");
        assertThat(driver.findElement(By.id("budgetYen")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.screenshot("staff-validation");
    }

    @Test
    void closingAYearAsksForConfirmationFirst() {
        browser.signIn("sample-admin");
        driver.get(browser.url("/staff/m/990001"));
        By close = By.cssSelector("button[aria-label='令和6（2024）年度を締める']");
        driver.findElement(close).click();
        var confirm = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).contains("締めた年度は編集できなくなります");
        confirm.dismiss();
        assertThat(driver.findElements(close)).hasSize(1);

        driver.findElement(close).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
                .accept();
        browser.waitForText("令和6（2024）年度を締めました。");
        browser.screenshot("staff-year-closed");
        driver.findElement(By.cssSelector("button[aria-label='令和6（2024）年度を再開する']"))
                .click();
        browser.waitForText("令和6（2024）年度を再開しました。");
    }

    @Test
    void aPlanGoesFromTheDepartmentThroughConsultationToPublication() {
        String plan = "/staff/m/132047/2020/plans/kikaku";
        browser.signIn("mitaka-kikaku");
        driver.get(browser.url(plan));
        driver.findElement(By.xpath("//button[text()='作成を始める']")).click();
        driver.findElement(By.id("mission")).sendKeys("市のビジョンや運営方針を市民に明らかにします。");
        driver.findElement(By.id("sectionRoles")).sendKeys("企画経営課：計画の策定と進行管理");
        driver.findElement(By.id("staffCount")).sendKeys("６８");
        driver.findElement(By.xpath("//button[text()='保存する']")).click();
        browser.waitForText("保存しました");
        driver.findElement(By.id("title")).sendKeys("三鷹市ホームページリニューアル事業");
        driver.findElement(By.id("leadSection")).sendKeys("広報課");
        driver.findElement(By.id("targets")).sendKeys("年度末にアクセス件数330,000件");
        driver.findElement(By.xpath("//button[text()='追加する']")).click();
        browser.waitForText("個別事業を追加しました。");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("1 三鷹市ホームページリニューアル事業")
                .contains("（広報課）")
                .contains("目標指標：年度末にアクセス件数330,000件");
        assertThat(driver.findElement(By.id("staffCount")).getAttribute("value"))
                .isEqualTo("68");
        driver.findElement(By.cssSelector("details.edit-project summary")).click();
        driver.findElement(By.id("tm-1-1")).sendKeys("ホームページのアクセス件数");
        driver.findElement(By.id("tv-1-1")).sendKeys("３３０，０００");
        driver.findElement(By.id("tu-1-1")).sendKeys("件");
        driver.findElement(By.id("tt-1-new")).sendKeys("満足度調査における満足した人の割合80%");
        driver.findElement(By.id("tv-1-new")).sendKeys("80");
        driver.findElement(By.id("tu-1-new")).sendKeys("%");
        driver.findElement(By.xpath("//button[text()='個別事業 1 を保存する']")).click();
        browser.waitForText("個別事業 1 を保存しました。");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("（ホームページのアクセス件数 330,000件）")
                .contains("目標指標：満足度調査における満足した人の割合80%");
        browser.screenshot("staff-plan-draft");
        browser.assertAccessible();
        driver.findElement(By.xpath("//button[text()='企画担当に提出する']")).click();
        browser.waitForText("状況: 提出");

        browser.signIn("mitaka-admin");
        driver.get(browser.url(plan));
        driver.findElement(By.xpath("//button[text()='協議を開始する']")).click();
        browser.waitForText("協議を開始しました。");
        browser.signIn("mitaka-review");
        driver.get(browser.url(plan));
        driver.findElement(By.xpath("//button[text()='確定する']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent())
                .accept();
        browser.waitForText("状況: 確定");
        browser.signIn("mitaka-admin");
        driver.get(browser.url(plan));
        driver.findElement(By.xpath("//button[text()='公表する']")).click();
        browser.acceptConfirmation("公表します。公開ページとオープンデータで、だれでも読めるようになります。");
        browser.waitForText("公表しました。");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("状況: 公表")
                .contains("作成中 → 提出")
                .contains("協議 → 確定")
                .contains("市長室 確認担当（デモ）")
                .doesNotContain("mitaka-review");
        browser.screenshot("staff-plan-published");

        // results after the year: the department records them and submits, the planning section and the mayor's office
        // take them on
        browser.signIn("mitaka-kikaku");
        driver.get(browser.url(plan));
        // no result is chosen for the department: saving without choosing is refused, not recorded as 達成
        WebElement result = driver.findElement(By.id("result-1"));
        assertThat(new org.openqa.selenium.support.ui.Select(result)
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("選んでください");
        assertThat(result.getAttribute("required")).isNotNull();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].removeAttribute('required')", result);
        driver.findElement(By.cssSelector("button[aria-label='個別事業 1 の結果を記録する']"))
                .click();
        browser.waitForText("個別事業 1 の結果を選んでください");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("result-1"))).selectByVisibleText("一部達成");
        driver.findElement(By.id("explanation-1")).sendKeys("アクセス件数は31万件でした。");
        driver.findElement(By.id("actual-1-1")).sendKeys("３１０，０００");
        driver.findElement(By.cssSelector("button[aria-label='個別事業 1 の結果を記録する']"))
                .click();
        browser.waitForText("の結果を「一部達成」として記録しました。");
        driver.findElement(By.id("summary")).sendKeys("ホームページの改善は一部達成にとどまりました。");
        driver.findElement(By.xpath("//button[text()='総括を保存する']")).click();
        browser.waitForText("総括を保存しました。");
        browser.assertAccessible();
        driver.findElement(By.xpath("//button[text()='結果を提出する']")).click();
        browser.acceptConfirmation("結果を企画担当に提出します。");
        browser.waitForText("結果を「提出」にしました。");
        browser.signIn("mitaka-admin");
        driver.get(browser.url(plan));
        driver.findElement(By.xpath("//button[text()='結果の協議を開始する']")).click();
        browser.waitForText("結果を「協議」にしました。");
        browser.signIn("mitaka-review");
        driver.get(browser.url(plan));
        driver.findElement(By.xpath("//button[text()='結果を確定する']")).click();
        browser.acceptConfirmation("結果を確定します。");
        browser.waitForText("結果を「確定」にしました。");
        browser.signIn("mitaka-admin");
        driver.get(browser.url(plan));
        driver.findElement(By.xpath("//button[text()='結果を公表する']")).click();
        browser.acceptConfirmation("結果を公表します。");
        browser.waitForText("結果を「公表」にしました。");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("結果の状況: 公表")
                .contains("結果: 確定 → 公表");
        browser.screenshot("staff-plan-results");
        driver.manage().deleteAllCookies();
        driver.get(browser.url("/m/132047/2020/results"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("企画部")
                .contains("三鷹市ホームページリニューアル事業")
                .contains("一部達成")
                .contains("ホームページの改善は一部達成にとどまりました。");
        driver.get(browser.url("/m/132047/2020/plans/kikaku"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("（実績 310,000件）");

        driver.manage().deleteAllCookies();
        driver.get(browser.url("/m/132047/2020/plans"));
        driver.findElement(By.linkText("企画部")).click();
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("令和2（2020）年度 企画部の運営方針と目標")
                .contains("企画経営課")
                .contains("計画の策定と進行管理")
                .contains("68人")
                .contains("目標指標：年度末にアクセス件数330,000件");
        browser.screenshot("public-plan");
        browser.assertAccessible();

        browser.signIn("mitaka-admin");
        driver.get(browser.url("/staff/m/132047/2020/plans"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("まだ提出していない部")
                .doesNotContain("部（8）: 企画部");
        browser.assertAccessible();
    }

    @Test
    void aWorkbookThatCannotBeTakenInIsExplainedOnThePlanPage() throws Exception {
        browser.signIn("mitaka-admin");
        driver.get(browser.url("/staff/m/132047/2020/plans/sports-bunka"));
        assertThat(driver.findElement(By.linkText("ひな形をExcelで書き出す")).getAttribute("href"))
                .endsWith("/staff/m/132047/2020/plans/sports-bunka/workbook");
        Path notAWorkbook = Files.createTempFile("plan", ".xlsx");
        Files.writeString(notAWorkbook, "番号,事業名\n1,学校の耐震化\n");
        driver.findElement(By.id("workbook-file"))
                .sendKeys(notAWorkbook.toAbsolutePath().toString());
        driver.findElement(By.xpath("//button[text()='Excelから取り込む']")).click();
        browser.waitForText("Excelファイルを取り込めませんでした。何も変更していません。");
        assertThat(driver.findElement(By.cssSelector("#import-problems[role=alert] li"))
                        .getText())
                .startsWith("Excel ファイル（.xlsx）ではありません。");
        assertThat(driver.findElement(By.id("workbook-file")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        browser.screenshot("staff-plan-workbook-problems");
        browser.assertAccessible();
        Files.deleteIfExists(notAWorkbook);
    }

    @org.springframework.beans.factory.annotation.Autowired
    jp.hoshin.publiccomment.IndividualPlans plans;

    @org.springframework.beans.factory.annotation.Autowired
    jp.hoshin.publiccomment.Consultations consultations;

    /** A citizen sends an opinion on the demo consultation with the keyboard alone; the public comment pages pass axe-core. */
    @Test
    void anOpinionIsSentWithTheKeyboardAlone() {
        driver.manage().deleteAllCookies();
        long id = consultations.publicConsultations("132047").stream()
                .filter(c -> c.content().title().equals("個別計画（素案）へのご意見を募集します"))
                .findFirst()
                .orElseThrow()
                .id();
        long resultsId = consultations.publicConsultations("132047").stream()
                .filter(c -> c.status() == jp.hoshin.publiccomment.ConsultationStatus.RESULTS_PUBLISHED)
                .findFirst()
                .orElseThrow()
                .id();
        StringBuilder report = new StringBuilder();
        for (String page : List.of(
                "/m/132047/comments",
                "/m/132047/comments/" + id,
                "/m/132047/individual-plans/" + plans.plans("132047").getFirst().id(),
                "/m/132047/comments/" + id + "/opinion",
                "/m/132047/comments/" + resultsId)) {
            driver.get(browser.url(page));
            browser.axe(page, report);
            browser.screenshot("comment" + page.replaceAll("[^a-z0-9]+", "-"));
        }
        // from the top of the form page: TAB to the first text field, type, TAB on, ENTER on the button
        driver.get(browser.url("/m/132047/comments/" + id + "/opinion"));
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(driver);
        for (int i = 0;
                i < 40 && !"address".equals(driver.switchTo().activeElement().getAttribute("id"));
                i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("address");
        keys.sendKeys("東京都三鷹市野崎一丁目1番1号")
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys("三鷹 太郎")
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys(org.openqa.selenium.Keys.TAB) // 代表者（団体のときだけ）
                .sendKeys("0422-45-1151")
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys(org.openqa.selenium.Keys.ARROW_DOWN)
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .sendKeys("地域情報化プランについて、高齢者向けの講習を増やしてください。")
                .sendKeys(org.openqa.selenium.Keys.TAB)
                .perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("opinion-submit");
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        browser.waitForText("受付番号");
        assertThat(driver.findElement(By.id("receipt-number")).getText()).matches("PC-\\d{4}-\\d{6}-[A-Z2-9]{4}");
        browser.axe("receipt", report);
        browser.screenshot("comment-receipt");
        // a form sent empty names every field, next to it, and stays accessible
        driver.get(browser.url("/m/132047/comments/" + id + "/opinion"));
        driver.findElement(By.id("opinion-submit")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForText("入力内容に誤りがあります");
        assertThat(driver.findElement(By.id("address-error")).getText()).contains("住所を入力してください");
        browser.axe("form with errors", report);
        browser.screenshot("comment-form-errors");
        assertThat(report.toString()).as("axe-core violations").isEmpty();
    }

    @Test
    void publicPagesHaveNoWcag21AaViolations() throws Exception {
        driver.manage().deleteAllCookies();
        List<String> pages = List.of(
                "/",
                "/m/132047/",
                "/m/132047/2020",
                "/m/132047/2099",
                "/m/132047/2020/departments",
                "/m/132047/2003/departments/kikaku",
                "/m/132047/2020/departments/kyoiku",
                "/m/990001/",
                "/m/990001/2024/departments",
                "/m/990001/2024/departments/seisaku-keiei",
                "/m/990001/2024/results",
                "/m/990001/2024/plans",
                "/m/990001/2024/plans/seisaku-keiei",
                "/m/132047/2017/newsletter",
                "/login",
                "/m/132047/1999/departments",
                // plans and indicators: the list, each kind of plan, measures with compound values (K2-3), a missing
                // value
                // (K2-4-2), annotations (K2-6), a strategy goal, an action-plan task
                "/m/132047/policy",
                "/m/132047/policy/kihon-koso",
                "/m/132047/policy/kihon-keikaku-4",
                "/m/132047/policy/sogo-senryaku",
                "/m/132047/policy/action-plan-2022",
                "/m/132047/policy/kihon-keikaku-4/K2",
                "/m/132047/policy/kihon-keikaku-4/K2-3",
                "/m/132047/policy/kihon-keikaku-4/K2-4-2",
                "/m/132047/policy/kihon-keikaku-4/K2-6",
                "/m/132047/policy/kihon-keikaku-4/K5-2",
                "/m/132047/policy/sogo-senryaku/S2",
                "/m/132047/policy/action-plan-2022/A7-10",
                "/m/132047/policy/nope",
                // the white paper: the list, the front page and every chapter, the sample city's results-only paper
                "/m/132047/white-paper",
                "/m/132047/2020/white-paper",
                "/m/132047/2020/white-paper/basic-plan",
                "/m/132047/2020/white-paper/action-plan",
                "/m/990001/2024/white-paper/department-results");
        StringBuilder report = new StringBuilder();
        for (String page : pages) {
            driver.get(browser.url(page));
            assertThat(driver.findElement(By.cssSelector(".site-header")).getCssValue("background-color"))
                    .as("the stylesheet is applied on " + page)
                    .isEqualTo("rgba(11, 79, 138, 1)");
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver);
            for (Rule violation : results.getViolations()) {
                report.append(page)
                        .append(": ")
                        .append(violation.getId())
                        .append(" — ")
                        .append(violation.getHelp())
                        .append(" ")
                        .append(violation.getNodes().stream()
                                .map(n -> n.getTarget().toString())
                                .collect(Collectors.joining(", ")))
                        .append('\n');
            }
            String name = "public" + page.replaceAll("[^A-Za-z0-9]+", "-");
            if (page.contains("/policy") || page.contains("/white-paper")) {
                browser.fullPageScreenshot(name);
            } else {
                browser.screenshot(name);
            }
        }
        assertThat(report.toString()).as("axe-core violations").isEmpty();
    }

    @Test
    void theIndicatorTablesAndChartsCanBeReadWithoutSightOrMouse() {
        driver.manage().deleteAllCookies();
        driver.get(browser.url("/m/132047/policy/kihon-keikaku-4/K2-3"));
        // the table's scrolling region (wide tables scroll sideways on a phone) is reached with the Tab key
        WebElement region = driver.findElement(By.cssSelector(".table-scroll"));
        assertThat(region.getAttribute("aria-labelledby")).isEqualTo("table-1");
        boolean reached = false;
        for (int i = 0; i < 30 && !reached; i++) {
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            reached = region.equals(driver.switchTo().activeElement());
        }
        assertThat(reached).as("the table region is reached with Tab").isTrue();
        assertThat(driver.findElement(By.id("table-1")).getAttribute("textContent"))
                .isEqualTo("第3 都市型産業の育成の目標指標");
        // each chart is one image named by its title and described by its trend; the numbers are in the table
        List<WebElement> charts = driver.findElements(By.cssSelector("svg[role=img]"));
        assertThat(charts).hasSize(3);
        for (WebElement chart : charts) {
            String[] ids = chart.getAttribute("aria-labelledby").split(" ");
            assertThat(driver.findElement(By.id(ids[0])).getAttribute("textContent"))
                    .endsWith("の推移");
            assertThat(driver.findElement(By.id(ids[1])).getAttribute("textContent"))
                    .contains("から令和2年度の");
        }
        // the SOHO row as a screen reader's table navigation meets it: row header, then cells under their column
        // headers
        WebElement soho = driver.findElement(By.xpath("//tbody/tr[th[contains(., 'SOHO集積施設数及び入居事業者数')]]"));
        assertThat(soho.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("8施設 98事業者", "12施設 104事業者", "11施設 101事業者", "11施設 107事業者", "12施設 105事業者");
        // status labels are words, not colour alone
        assertThat(driver.findElements(By.cssSelector(".indicator-card .status")).stream()
                        .map(WebElement::getText)
                        .toList())
                .allSatisfy(label -> assertThat(label).isIn("達成", "順調", "遅れ", "悪化", "判定なし"));
        browser.screenshot("policy-k2-3-focus");
    }

    @Test
    void thePlanningSectionWritesTheForewordAndChecksTheProofBeforePublishing() {
        browser.signIn("mitaka-admin");
        driver.get(browser.url("/staff/m/132047/2020/white-paper"));
        WebElement foreword = driver.findElement(By.id("foreword"));
        foreword.clear();
        foreword.sendKeys("令和2年度は、新型コロナウイルス感染症への対応に全庁を挙げて取り組んだ一年でした。");
        driver.findElement(By.id("title")).clear();
        driver.findElement(By.cssSelector("form[action$='/white-paper'] button[type=submit]"))
                .click();
        browser.waitForText("表題を入力してください。");
        assertThat(driver.findElement(By.id("title")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("foreword")).getAttribute("value"))
                .as("the input is kept")
                .contains("全庁を挙げて");
        browser.assertAccessible();
        driver.findElement(By.id("title")).sendKeys("自治体経営白書 2021");
        driver.findElement(By.cssSelector("form[action$='/white-paper'] button[type=submit]"))
                .click();
        browser.screenshot("white-paper-settings-saved");
        browser.waitForText("白書の設定を保存しました。");
        driver.findElement(By.linkText("確認用ページ（公開ページと同じ構成）")).click();
        browser.waitForText("はじめに");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("全庁を挙げて取り組んだ一年", "確認用");
        assertThat(driver.getCurrentUrl()).contains("/staff/m/132047/2020/white-paper/proof");
        driver.findElement(By.partialLinkText("第2章")).click();
        browser.waitForText("体系1 創造的な自治体経営の推進");
        browser.screenshot("white-paper-proof-action-plan");
        // a proof PDF takes seconds to make: its link says so in a live region while it is made
        driver.get(browser.url("/staff/m/132047/2020/white-paper"));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "window.addEventListener('click', function (e) { e.preventDefault(); });"); // stay on the page
        driver.findElement(By.cssSelector("a[href$='/proof.pdf']")).click();
        WebElement note = driver.findElement(By.cssSelector("a[href$='/proof.pdf'] + .busy-note"));
        assertThat(note.getAttribute("role")).isEqualTo("status");
        assertThat(note.getText()).isEqualTo("（PDFを作成しています。数秒かかります）");
        assertThat(driver.findElement(By.cssSelector("a[href$='/proof.pdf']")).getAttribute("aria-busy"))
                .isEqualTo("true");
        // the public page stays as issued until the next edition is published
        driver.get(browser.url("/m/132047/2020/white-paper"));
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("全庁を挙げて取り組んだ一年");
        // the mayor's office checks the proof but cannot change the settings or publish
        browser.signIn("mitaka-review");
        driver.get(browser.url("/staff/m/132047/2020/white-paper"));
        assertThat(driver.findElement(By.id("foreword")).isEnabled()).isFalse();
        assertThat(driver.findElements(By.cssSelector("form[action$='/publish']")))
                .isEmpty();
    }

    @Test
    void staffPagesHaveNoWcag21AaViolationsEither() {
        browser.signIn("mitaka-admin");
        StringBuilder report = new StringBuilder();
        for (String page : List.of(
                "/staff/m/132047",
                "/staff/m/132047/2020/departments",
                "/staff/m/132047/2020/departments/kikaku",
                "/staff/m/132047/accounts",
                "/staff/m/132047/accounts/new",
                "/staff/m/132047/settings",
                "/staff/password",
                "/staff/m/132047/policy",
                "/staff/m/132047/policy/kihon-keikaku-4",
                "/staff/m/132047/policy/kihon-keikaku-4/K1-1/progress/2021",
                "/staff/m/132047/2017/plans",
                "/staff/m/132047/2017/plans/kenko-fukushi",
                "/staff/m/132047/white-paper",
                "/staff/m/132047/2020/white-paper",
                "/staff/m/132047/2020/white-paper/proof/action-plan")) {
            driver.get(browser.url(page));
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver);
            for (Rule violation : results.getViolations()) {
                report.append(page)
                        .append(": ")
                        .append(violation.getId())
                        .append(" — ")
                        .append(violation.getHelp())
                        .append('\n');
            }
            browser.screenshot("staff" + page.replaceAll("[^a-z0-9]+", "-"));
        }
        assertThat(report.toString()).as("axe-core violations").isEmpty();
    }
}
