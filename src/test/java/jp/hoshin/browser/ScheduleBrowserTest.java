package jp.hoshin.browser;

import java.time.Duration;
import java.time.LocalDate;

import jp.hoshin.fiscalyear.FiscalYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department editor's week with the demo's year in progress (DemoSchedule): 総務部's plan was sent back; the to-do on
 * the staff home leads to the plan, the editor answers and submits it, and the to-do is gone. The pages with to-dos and
 * the progress page pass axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleBrowserTest {

    @RegisterExtension
    static final ChromiumExtension browser =
            ChromiumExtension.window(1280, 1600).waitingForElements(Duration.ofSeconds(5));

    private final WebDriver driver = browser.driver();

    private static final String SEND_BACK_TO_ANSWER = "運営方針と目標 提出（差し戻し）";

    @Test
    void aDepartmentEditorAnswersASendBackFromTheirToDoList() {
        int year = FiscalYear.containing(LocalDate.now(FiscalYear.JAPAN)).startYear();
        browser.signIn("mitaka-somu");
        browser.waitForText("やること");
        WebElement toDo = driver.findElement(By.linkText(SEND_BACK_TO_ANSWER));
        assertThat(toDo.getAttribute("href")).endsWith("/staff/m/132047/" + year + "/plans/somu");
        browser.screenshot("staff-home-todos");
        browser.assertAccessible();

        toDo.click();
        browser.waitForText("個別事業の目標指標に、年度末の数値目標を書き加えてください。");
        driver.findElement(By.id("mission")).sendKeys("職員が力を発揮できる職場をつくります。");
        driver.findElement(By.xpath("//button[text()='保存する']")).click();
        browser.waitForText("保存しました");
        driver.findElement(By.xpath("//button[text()='企画担当に提出する']")).click();
        browser.waitForText("状況: 提出");

        driver.get(browser.url("/staff/m/132047"));
        browser.waitForText("やること");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(SEND_BACK_TO_ANSWER);
    }

    @Test
    void thePlanningSectionsToDosAndProgressPagePassAxe() {
        int year = FiscalYear.containing(LocalDate.now(FiscalYear.JAPAN)).startYear();
        browser.signIn("mitaka-admin");
        browser.waitForText("やること");
        assertThat(driver.findElement(By.cssSelector("ul.tasks")).getText()).contains("運営方針と目標 協議");
        driver.get(browser.url("/staff/m/132047/" + year + "/progress"));
        browser.waitForText("部ごとの状況");
        browser.screenshot("staff-progress");
        browser.assertAccessible();
        driver.get(browser.url("/staff/m/132047/" + year + "/schedule"));
        browser.waitForText("部ごとの期限と担当者");
        browser.screenshot("staff-schedule");
        browser.assertAccessible();
    }
}
