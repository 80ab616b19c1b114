package jp.hoshin.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 事業評価 through the real pages in headless Chromium (the browser from {@link ChromiumExtension}): the planning section picks a
 * project, the department writes the sheet (a wrong number is shown next to its cell) and its 一次評価, the planning section
 * records the 二次評価, the mayor's office finalises, the planning section publishes, and citizens read it. The new public
 * and staff pages pass axe-core (WCAG 2.1 AA). Screenshots in target/screenshots (evaluation-*).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationBrowserTest {

    @RegisterExtension
    static final ChromiumExtension browser =
            ChromiumExtension.window(1280, 1600).waitingForElements(Duration.ofSeconds(5));

    private final WebDriver driver = browser.driver();

    @Test
    void aSheetGoesThroughEveryStageOnThePages() {
        // the planning section picks the project
        browser.signIn("mitaka-admin");
        driver.get(browser.url("/staff/m/132047/2020/evaluations"));
        new Select(driver.findElement(By.id("new-department"))).selectByVisibleText("企画部");
        driver.findElement(By.id("new-name")).sendKeys("市ホームページの運営（ブラウザ試験）");
        driver.findElement(By.cssSelector("#create-sheet button[type=submit]")).click();
        browser.waitForText("評価シート No.");
        String sheet = driver.getCurrentUrl().replace(browser.url(""), "");
        assertThat(sheet).matches("/staff/m/132047/2020/evaluations/\\d+");

        // the department writes the sheet: a wrong 人工数 is shown next to its cell and the input is kept
        browser.signIn("mitaka-kikaku");
        driver.get(browser.url(sheet));
        browser.type(By.id("target"), "市のホームページを見る市民");
        browser.type(By.id("indicators0.name"), "ページの閲覧数");
        browser.type(By.id("indicators0.unit"), "件");
        browser.type(By.id("indicators0.actuals2"), "３３０，０００");
        browser.type(By.id("costs2.general"), "１，２００，０００");
        browser.type(By.id("costs2.personYears"), "約1人");
        driver.findElement(By.cssSelector("#sheet-form button[type=submit]")).click();
        assertThat(driver.findElement(By.id("save-refused")).getText()).contains("評価シートを保存できませんでした");
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("人工数（2020年度）は数値で入力してください");
        assertThat(driver.findElement(By.id("costs2.personYears")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("costs2.general")).getAttribute("value"))
                .isEqualTo("１，２００，０００");
        browser.screenshot("evaluation-staff-sheet-error");
        browser.type(By.id("costs2.personYears"), "０．５");
        driver.findElement(By.cssSelector("#sheet-form button[type=submit]")).click();
        browser.waitForText("評価シートを保存しました。");
        assertThat(driver.findElement(By.cssSelector(".evaluation-costs")).getText())
                .contains("1,200,000")
                .contains("0.5");

        driver.findElement(By.id("first-relevance-A")).click();
        driver.findElement(By.id("first-effectiveness-B")).click();
        driver.findElement(By.id("first-efficiency-B")).click();
        new Select(driver.findElement(By.id("first-direction"))).selectByVisibleText("拡充");
        browser.type(By.id("first-comment"), "閲覧数は増えている");
        driver.findElement(By.cssSelector("#first-form button[value=true]")).click();
        browser.waitForText("一次評価を記録し、企画担当に提出しました。");
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("二次評価中");
        assertThat(driver.findElements(By.id("sheet-form")))
                .as("the department can no longer edit")
                .isEmpty();

        // 二次評価 by the planning section overrides the direction
        browser.signIn("mitaka-admin");
        driver.get(browser.url(sheet));
        driver.findElement(By.id("second-relevance-A")).click();
        driver.findElement(By.id("second-effectiveness-B")).click();
        driver.findElement(By.id("second-efficiency-C")).click();
        new Select(driver.findElement(By.id("second-direction"))).selectByVisibleText("改善・見直し");
        browser.type(By.id("second-external"), "外部評価委員会：アクセシビリティの点検を求める");
        driver.findElement(By.cssSelector("#second-form button[type=submit]")).click();
        browser.waitForText("二次評価を記録しました。");
        browser.assertAccessible("staff sheet");
        browser.fullPageScreenshot("evaluation-staff-sheet");

        // 確定 by the mayor's office, 公表 by the planning section
        browser.signIn("mitaka-review");
        driver.get(browser.url(sheet));
        driver.findElement(By.xpath("//button[text()='評価を確定する']")).click();
        browser.acceptConfirmation("評価を確定します。");
        browser.waitForText("評価を確定しました。");
        browser.signIn("mitaka-admin");
        driver.get(browser.url(sheet));
        driver.findElement(By.xpath("//button[text()='公表する']")).click();
        browser.acceptConfirmation("この評価シートを公表します。");
        browser.waitForText("評価を公表しました。");
        assertThat(driver.findElement(By.id("steps")).getText())
                .contains("企画部 編集担当（デモ）")
                .contains("一次評価中 → 二次評価中")
                .contains("市長室 確認担当（デモ）")
                .contains("確定 → 公表")
                .doesNotContain("mitaka-kikaku");

        // citizens read it
        driver.manage().deleteAllCookies();
        String number = sheet.substring(sheet.lastIndexOf('/') + 1);
        driver.get(browser.url("/m/132047/2020/evaluations/" + number));
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text)
                .contains("市ホームページの運営（ブラウザ試験）")
                .contains("改善・見直し（二次評価による）")
                .contains("外部評価委員会：アクセシビリティの点検を求める")
                .contains("330,000");
        browser.assertAccessible("public sheet");
        browser.fullPageScreenshot("evaluation-public-sheet");
        driver.get(browser.url("/m/132047/2020/evaluations"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("企画部")
                .contains("市ホームページの運営（ブラウザ試験）");
        browser.assertAccessible("public index");
    }

    @Test
    void thePlanningSectionSelectsTargetsFromTheDepartmentPlans() {
        browser.signIn("sample-admin");
        driver.get(browser.url("/staff/m/990001/2024/evaluations"));
        driver.findElement(By.cssSelector("#select-from-plans summary")).click();
        List<WebElement> open =
                driver.findElements(By.cssSelector("#select-from-plans input[name=project]:not([disabled])"));
        assertThat(open).hasSizeGreaterThan(2);
        List<String> ids = List.of(open.get(0).getAttribute("id"), open.get(1).getAttribute("id"));
        List<String> titles = ids.stream()
                .map(id -> driver.findElement(By.cssSelector("label[for=" + id + "] span"))
                        .getText()
                        .replaceFirst("^\\d+\\. ", ""))
                .toList();
        open.get(0).click();
        open.get(1).click();
        driver.findElement(By.cssSelector("#select-from-plans button[type=submit]"))
                .click();
        browser.waitForText("2件の事業を評価対象に選び");
        assertThat(driver.findElement(By.id("sheets")).getText())
                .contains(titles.get(0))
                .contains(titles.get(1));
        driver.findElement(By.cssSelector("#select-from-plans summary")).click();
        for (String id : ids) {
            assertThat(driver.findElement(By.id(id)).isEnabled())
                    .as("a project with a sheet cannot be chosen again")
                    .isFalse();
            assertThat(driver.findElement(By.cssSelector("label[for=" + id + "]"))
                            .getText())
                    .contains("評価シート No.");
        }
        driver.findElement(By.cssSelector("#select-from-plans button[type=submit]"))
                .click();
        browser.waitForText("評価対象にする事業を選んでください。");
        browser.assertAccessible("evaluation overview with the choice from the plans");
        browser.fullPageScreenshot("evaluation-staff-select-from-plans");
    }

    @Test
    void theNewPagesHaveNoWcag21AaViolations() {
        StringBuilder report = new StringBuilder();
        driver.manage().deleteAllCookies();
        for (String page :
                List.of("/m/990001/2024/evaluations", "/m/990001/2024/evaluations/1", "/m/990001/2024/evaluations/3")) {
            driver.get(browser.url(page));
            browser.axe(page, report);
            browser.fullPageScreenshot("evaluation-public" + page.replaceAll("[^a-z0-9]+", "-"));
        }
        browser.signIn("sample-admin");
        for (String page : List.of(
                "/staff/m/990001/2024/evaluations",
                "/staff/m/990001/2024/evaluations/7",
                "/staff/m/990001/2024/evaluations/6",
                "/staff/m/990001/2024/evaluations/budget",
                "/staff/m/990001/2024/evaluations/budget?direction=CONTINUE")) {
            driver.get(browser.url(page));
            browser.axe(page, report);
            browser.fullPageScreenshot("evaluation-staff" + page.replaceAll("[^a-z0-9]+", "-"));
        }
        assertThat(report.toString()).as("axe-core violations").isEmpty();
    }
}
