package jp.hoshin.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 施策評価 through the real pages in headless Chromium: the planning section has the year use the external committee, the
 * owning department writes its 一次評価 (a choice left out is shown next to its field, what was typed kept) and submits,
 * the planning section records the 二次評価, sends the sheet to the committee, finalises and publishes it, and citizens
 * read it with the committee's 提言 and the city's answer; in the following year (令和2年度) the planning section records
 * the 提言 as 対応中 and it stays on the list of open ones. 三鷹市 平成29年度, 施策 K1-2 (no other test uses it). Staff and public pages pass axe-core (WCAG 2.1 AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasureEvaluationBrowserTest {

    @RegisterExtension
    static final ChromiumExtension browser =
            ChromiumExtension.window(1280, 1600).waitingForElements(Duration.ofSeconds(5));

    private final WebDriver driver = browser.driver();

    @Test
    void aMeasureSheetGoesThroughEveryStageOnThePages() {
        String list = "/staff/m/132047/2017/measure-evaluations";
        String sheet = list + "/kihon-keikaku-4/K1-2";
        browser.signIn("mitaka-admin");
        driver.get(browser.url(list));
        driver.findElement(By.id("committee-used")).click();
        driver.findElement(By.cssSelector("#committee-form button[type=submit]"))
                .click();
        browser.waitForText("この年度は外部評価を行う設定にしました。");
        browser.assertAccessible("staff measure list");

        // the owning department: a missing choice comes back next to its field with the text kept
        browser.signIn("mitaka-kikaku");
        driver.get(browser.url(sheet));
        new Select(driver.findElement(By.id("progress"))).selectByVisibleText("B");
        browser.type(By.id("resultsAndIssues"), "平和の集いを開いた。若い世代の参加が課題。");
        driver.findElement(By.cssSelector("#first-form button[value=true]")).click();
        assertThat(driver.findElement(By.id("direction-error")).getText()).isEqualTo("今後の方向性を選んでください。");
        assertThat(driver.findElement(By.id("direction")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("resultsAndIssues")).getAttribute("value"))
                .isEqualTo("平和の集いを開いた。若い世代の参加が課題。");
        browser.screenshot("measure-evaluation-first-error");
        new Select(driver.findElement(By.id("direction"))).selectByVisibleText("レベルアップ");
        driver.findElement(By.cssSelector("#first-form button[value=true]")).click();
        browser.waitForText("一次評価を提出しました。");
        assertThat(driver.findElement(By.id("stage")).getText()).isEqualTo("二次評価");
        assertThat(driver.findElements(By.id("first-form"))).isEmpty();

        // the planning section: 二次評価, 外部評価, 確定, 公表
        browser.signIn("mitaka-admin");
        driver.get(browser.url(sheet));
        new Select(driver.findElement(By.id("rating"))).selectByVisibleText("B");
        browser.type(By.id("comment"), "参加者の年代を記録すること");
        browser.type(By.id("importance"), "５５．５");
        driver.findElement(By.cssSelector("#second-form button[type=submit]")).click();
        browser.waitForText("二次評価を記録しました。");
        browser.assertAccessible("staff measure sheet");
        browser.fullPageScreenshot("measure-evaluation-staff-sheet");
        driver.findElement(By.xpath("//button[text()='外部評価に回す']")).click();
        browser.waitForText("外部評価に回しました。");

        // the committee's rating and a 提言 with the city's answer (entered by the planning section)
        driver.get(browser.url("/staff/m/132047/2017/committee"));
        driver.findElement(By.partialLinkText("平和・人権施策の推進")).click();
        new Select(driver.findElement(By.id("rating"))).selectByVisibleText("B");
        driver.findElement(By.cssSelector("form[action$='/rating'] button[type=submit]"))
                .click();
        browser.waitForText("委員会の評価を保存しました。");
        browser.type(By.id("text"), "若い世代が参加しやすい催しを工夫すること");
        browser.type(By.id("answer"), "大学と連携した企画を検討します");
        driver.findElement(By.cssSelector("form[action$='/recommendations'] button[type=submit]"))
                .click();
        browser.waitForText("提言を追加しました。");
        browser.assertAccessible("staff committee measure");
        String recommendation = driver.findElement(By.linkText("提言・対応方針・対応状況")).getAttribute("href");
        driver.get(browser.url(sheet));
        driver.findElement(By.xpath("//button[text()='施策評価を確定する']")).click();
        browser.acceptConfirmation("確定すると変更できなくなります。");
        browser.waitForText("施策評価を確定しました。");
        driver.findElement(By.xpath("//button[text()='公表する']")).click();
        browser.acceptConfirmation("公表しますか。");
        browser.waitForText("施策評価を公表しました。");
        assertThat(driver.findElement(By.id("steps")).getText())
                .contains("一次評価 → 二次評価")
                .contains("二次評価 → 外部評価")
                .contains("外部評価 → 確定")
                .contains("確定 → 公表");

        // citizens read it
        driver.manage().deleteAllCookies();
        driver.get(browser.url("/m/132047/2017/measure-evaluations"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("平和・人権施策の推進");
        browser.assertAccessible("public measure index");
        driver.findElement(By.linkText("第2 平和・人権施策の推進")).click();
        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text)
                .contains("平和の集いを開いた。若い世代の参加が課題。")
                .contains("参加者の年代を記録すること")
                .contains("55.5")
                .contains("レベルアップ")
                .contains("若い世代が参加しやすい催しを工夫すること")
                .contains("大学と連携した企画を検討します");
        browser.assertAccessible("public measure sheet");
        browser.fullPageScreenshot("measure-evaluation-public-sheet");

        // the following year the planning section records how the 提言 was followed; it stays open until closed
        browser.signIn("mitaka-admin");
        driver.get(recommendation.replace("/2017/committee/", "/2020/committee/"));
        driver.findElement(By.cssSelector("input[name=state][value=IN_PROGRESS]"))
                .click();
        browser.type(By.id("note"), "大学と協議を始めた");
        driver.findElement(By.cssSelector("form[action$='/follow-up'] button[type=submit]"))
                .click();
        browser.waitForText("対応状況「対応中」を記録しました。");
        browser.assertAccessible("staff committee recommendation");
        driver.get(browser.url("/staff/m/132047/committee/recommendations"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("若い世代が参加しやすい催しを工夫すること")
                .contains("対応中");
    }
}
