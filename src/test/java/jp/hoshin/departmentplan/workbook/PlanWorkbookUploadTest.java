package jp.hoshin.departmentplan.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import jp.hoshin.StaffUsers;
import jp.hoshin.audit.AuditHistory;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanResults;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.identity.SignIns;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static jp.hoshin.departmentplan.workbook.PlanWorkbookTest.edit;
import static jp.hoshin.departmentplan.workbook.PlanWorkbookTest.find;
import static jp.hoshin.departmentplan.workbook.PlanWorkbookTest.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Download and upload of a plan workbook through the staff pages, committed to the embedded
 * PostgreSQL (no rollback, so that audit revisions are really written) except where said. Each test
 * works on its own department of 三鷹市 平成20年度 (opened here, no demo data), which no other test touches.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanWorkbookUploadTest {

    private static final String MITAKA = "132047";
    private static final String ADMIN = "mitaka-admin";
    /** A year without demo plans, opened (committed) by the first test that needs it. */
    private static final int YEAR = 2008;

    @Autowired
    PlanWorkflow workflow;

    @Autowired
    PlanResults results;

    @Autowired
    jp.hoshin.fiscalyear.FiscalYears fiscalYears;

    @org.junit.jupiter.api.BeforeEach
    void openYear() {
        if (fiscalYears.find(MITAKA, YEAR).isEmpty()) {
            fiscalYears.open(MITAKA, jp.hoshin.fiscalyear.FiscalYear.of(YEAR), "test");
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Autowired
    DepartmentPlans plans;

    @Autowired
    AuditHistory history;

    private static String page(String department) {
        return "/staff/m/" + MITAKA + "/" + YEAR + "/plans/" + department;
    }

    private DepartmentPlanView drafted(String department) {
        DepartmentPlanView plan = plans.startDraft(new PlanReference(MITAKA, YEAR, department));
        plan = plans.write(
                new PlanReference(MITAKA, YEAR, department),
                plan.version(),
                new PlanContent(
                        plan.content().missionHeadline(),
                        plan.content().mission(),
                        List.of(new SectionRole("管理課", "部の運営の取りまとめ")),
                        95,
                        3_200_000_000L,
                        "市民の視点に立った事業の推進\n効率的な執行"));
        plan = plans.addProject(
                new PlanReference(MITAKA, YEAR, department),
                plan.version(),
                new ProjectContent(
                        "バリアフリーのまちづくり",
                        "管理課",
                        "駅周辺のバリアフリー化を進めます。",
                        true,
                        List.of(
                                new TargetIndicator(
                                        "年度末までに駅周辺の段差解消10か所",
                                        "段差解消",
                                        new BigDecimal("10"),
                                        "か所",
                                        LocalDate.of(2004, 3, 31),
                                        new BigDecimal("4"),
                                        2002,
                                        null),
                                TargetIndicator.text("利用者の満足度の向上")),
                        null));
        return plans.addProject(
                new PlanReference(MITAKA, YEAR, department),
                plan.version(),
                new ProjectContent("公園の維持管理", null, null, false, List.of(TargetIndicator.text("苦情件数の削減")), null));
    }

    private byte[] download(String department) throws Exception {
        return mvc.perform(get(page(department) + "/workbook").with(StaffUsers.as(signIns, ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private MvcResult upload(String department, byte[] workbook) throws Exception {
        return mvc.perform(multipart(page(department) + "/workbook")
                        .file(new MockMultipartFile("file", "plan.xlsx", PlanWorkbooks.CONTENT_TYPE, workbook))
                        .with(csrf())
                        .with(StaffUsers.as(signIns, ADMIN)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page(department)))
                .andReturn();
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(MvcResult result) {
        Object problems = result.getFlashMap().get("importProblems");
        return problems == null ? List.of() : (List<String>) problems;
    }

    private int revisions(DepartmentPlanView plan) {
        return history.history("DepartmentPlan", plan.id()).size()
                + plan.projects().stream()
                        .mapToInt(p -> history.history("PlanProject", p.id()).size())
                        .sum();
    }

    @Test
    void downloadingAndUploadingUnchangedChangesNothing() throws Exception {
        DepartmentPlanView before = drafted("toshi-seibi");
        int revisions = revisions(before);
        mvc.perform(get(page("toshi-seibi") + "/workbook").with(StaffUsers.as(signIns, ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PlanWorkbooks.CONTENT_TYPE))
                .andExpect(header().string(
                                "Content-Disposition",
                                containsString("attachment; filename=\"plan-132047-2008-toshi-seibi.xlsx\"; "
                                        + "filename*=UTF-8''"
                                        + java.net.URLEncoder.encode(
                                                "運営方針と目標_平成20年度_都市整備部.xlsx", java.nio.charset.StandardCharsets.UTF_8))))
                .andExpect(header().string("Cache-Control", "no-store"));

        MvcResult result = upload("toshi-seibi", download("toshi-seibi"));

        assertThat(problems(result)).isEmpty();
        assertThat(result.getFlashMap().get("flash")).isEqualTo("変更はありませんでした（Excelの内容は今の運営方針と目標と同じです）。");
        DepartmentPlanView after =
                plans.find(new PlanReference(MITAKA, YEAR, "toshi-seibi")).orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(revisions(after)).isEqualTo(revisions);
    }

    /** Rolled back: a revision of a finalised plan is public (its snapshot), and other tests count public plans of the year. */
    @Test
    @Transactional
    void aFilledWorkbookReplacesTheDraftKeepingNumbersResultsAndCarryOverLinks() throws Exception {
        long earlier = plans.find(new PlanReference(MITAKA, 2017, "kikaku"))
                .orElseThrow()
                .projects()
                .getFirst()
                .id();
        DepartmentPlanView plan = plans.startDraft(new PlanReference(MITAKA, YEAR, "kenko-fukushi"));
        plan = plans.addProject(
                new PlanReference(MITAKA, YEAR, "kenko-fukushi"),
                plan.version(),
                new ProjectContent(
                        "地域福祉の推進",
                        "地域福祉課",
                        null,
                        true,
                        List.of(new TargetIndicator(
                                "相談件数1,200件", "相談件数", new BigDecimal("1200"), "件", null, null, null, null)),
                        earlier));
        plan = plans.addProject(
                new PlanReference(MITAKA, YEAR, "kenko-fukushi"),
                plan.version(),
                new ProjectContent("健康づくりの推進", "健康推進課", null, false, List.of(TargetIndicator.text("健診受診率の向上")), null));
        plan = workflow.submit(new PlanReference(MITAKA, YEAR, "kenko-fukushi"), plan.version(), "u");
        plan = workflow.startConsultation(new PlanReference(MITAKA, YEAR, "kenko-fukushi"), plan.version(), "u");
        plan = workflow.finalizeAfterConsultation(
                new PlanReference(MITAKA, YEAR, "kenko-fukushi"), plan.version(), "u");
        plan = results.recordResult(
                new PlanReference(MITAKA, YEAR, "kenko-fukushi"),
                plan.version(),
                1,
                "一部達成",
                "1,050件",
                List.of(new BigDecimal("1050")));

        byte[] finalized = download("kenko-fukushi");
        assertThat(problems(upload("kenko-fukushi", finalized)))
                .containsExactly("この運営方針と目標は「確定」のため、Excelから取り込めません（取り込めるのは作成中（差し戻し後を含む）の間だけです）。");

        plan = workflow.startRevision(
                new PlanReference(MITAKA, YEAR, "kenko-fukushi"), plan.version(), "u", "組織改正に伴う修正");
        byte[] filled = edit(download("kenko-fukushi"), workbook -> {
            Sheet policy = workbook.getSheet("部の方針");
            set(policy, find(policy, "職員数（人）").getRowNum(), 1, "２１０");
            Sheet projects = workbook.getSheet("個別事業");
            set(projects, 1, 1, "地域福祉の推進（第2期）");
            projects.removeRow(projects.getRow(2));
            set(projects, 3, 0, "5");
            set(projects, 3, 1, "子育て支援の充実");
            set(projects, 3, 2, "子育て支援課");
            set(projects, 3, 4, "○");
            Sheet targets = workbook.getSheet("目標指標");
            targets.removeRow(targets.getRow(2));
            set(targets, 3, 0, "5");
            set(targets, 3, 1, "令和5年度末までに待機児童ゼロ");
            set(targets, 3, 5, "令和6年3月31日");
        });
        MvcResult result = upload("kenko-fukushi", filled);

        assertThat(problems(result)).isEmpty();
        assertThat(result.getFlashMap().get("flash"))
                .isEqualTo("Excelから取り込みました（部の方針・各課の役割: 変更あり、個別事業は追加 1 件・変更 1 件・削除 1 件）。");
        DepartmentPlanView after =
                plans.find(new PlanReference(MITAKA, YEAR, "kenko-fukushi")).orElseThrow();
        assertThat(after.version()).isGreaterThan(plan.version());
        assertThat(after.content().staffCount()).isEqualTo(210);
        assertThat(after.projects())
                .extracting(p -> p.number() + " " + p.title())
                .containsExactly("1 地域福祉の推進（第2期）", "5 子育て支援の充実");
        ProjectView kept = after.projects().getFirst();
        assertThat(kept.id()).isEqualTo(plan.projects().getFirst().id());
        assertThat(kept.result()).isEqualTo("一部達成");
        assertThat(kept.carriedFromId()).isEqualTo(earlier);
        assertThat(kept.targets().getFirst().actualValue()).isEqualByComparingTo("1050");
        assertThat(after.projects().get(1).main()).isTrue();
        assertThat(after.projects().get(1).targets())
                .singleElement()
                .satisfies(t -> assertThat(t.deadline()).isEqualTo(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void aWorkbookWithOneBadRowChangesNothingAndThePageListsTheProblems() throws Exception {
        DepartmentPlanView before = drafted("suido");
        int revisions = revisions(before);
        byte[] bad = edit(download("suido"), workbook -> {
            Sheet projects = workbook.getSheet("個別事業");
            set(projects, 1, 1, "バリアフリーのまちづくり（改）");
            set(projects, 3, 0, "三");
            set(projects, 3, 1, "新しい事業");
            Sheet targets = workbook.getSheet("目標指標");
            set(targets, 1, 3, "10か所");
        });
        MvcResult result = upload("suido", bad);

        List<String> problems = problems(result);
        assertThat(problems)
                .containsExactly(
                        "「個別事業」シート 4行目 A列: 番号は1から999までの整数で入力してください（全角数字・桁区切りのカンマも使えます）。",
                        "「目標指標」シート 2行目 D列: 目標値は数値だけを入力してください（単位は別の列に。全角数字・桁区切りのカンマも使えます）。");
        DepartmentPlanView after =
                plans.find(new PlanReference(MITAKA, YEAR, "suido")).orElseThrow();
        assertThat(after).isEqualTo(before);
        assertThat(revisions(after)).isEqualTo(revisions);

        // the redirect's page, in the same session (Spring Session keeps the flash attributes in the database)
        mvc.perform(get(page("suido"))
                        .cookie(result.getResponse().getCookie("SESSION"))
                        .with(StaffUsers.as(signIns, ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\" id=\"import-problems\"")))
                .andExpect(content().string(containsString("Excelファイルを取り込めませんでした。何も変更していません。")))
                .andExpect(content()
                        .string(containsString(
                                "<li>「個別事業」シート 4行目 A列: 番号は1から999までの整数で入力してください（全角数字・桁区切りのカンマも使えます）。</li>")))
                .andExpect(content().string(containsString("aria-describedby=\"workbook-file-help import-problems\"")));
    }

    @Test
    void aWorkbookDownloadedBeforeSomeoneElsesChangeIsRefused() throws Exception {
        DepartmentPlanView plan = drafted("shimin");
        byte[] downloaded = download("shimin");
        plan = plans.reviseProject(
                new PlanReference(MITAKA, YEAR, "shimin"),
                plan.version(),
                2,
                new ProjectContent("公園の維持管理と美化", null, null, false, List.of(TargetIndicator.text("苦情件数の削減")), null));
        byte[] filled = edit(downloaded, workbook -> set(workbook.getSheet("個別事業"), 2, 1, "公園の維持管理（Excelで変更）"));

        assertThat(problems(upload("shimin", filled)))
                .containsExactly("このファイルを書き出した後に、運営方針と目標が更新されています。上書きを防ぐため取り込みませんでした。"
                        + "「Excelで書き出す」で今の内容を書き出し、変更を記入し直してから取り込んでください。");
        assertThat(plans.find(new PlanReference(MITAKA, YEAR, "shimin")).orElseThrow())
                .isEqualTo(plan);
    }

    @Test
    void theEmptyTemplateStartsThePlanAndCannotBeUploadedAgainOverIt() throws Exception {
        assertThat(plans.find(new PlanReference(MITAKA, YEAR, "seikatsu-kankyo")))
                .isEmpty();
        byte[] template = download("seikatsu-kankyo");
        byte[] filled = edit(template, workbook -> {
            Sheet roles = workbook.getSheet("各課の役割");
            set(roles, 1, 0, "環境保全課");
            set(roles, 1, 1, "高環境のまちづくり");
            Sheet projects = workbook.getSheet("個別事業");
            set(projects, 1, 0, "1");
            set(projects, 1, 1, "商店街の活性化");
            Sheet targets = workbook.getSheet("目標指標");
            set(targets, 1, 0, "1");
            set(targets, 1, 1, "空き店舗の解消5件");
            set(targets, 1, 3, "５");
            set(targets, 1, 4, "件");
        });

        MvcResult result = upload("seikatsu-kankyo", filled);
        assertThat(problems(result)).isEmpty();
        assertThat(result.getFlashMap().get("flash"))
                .isEqualTo("運営方針と目標の作成を始め、Excelの内容を取り込みました（個別事業は追加 1 件・変更 0 件・削除 0 件）。");
        DepartmentPlanView plan =
                plans.find(new PlanReference(MITAKA, YEAR, "seikatsu-kankyo")).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.content().missionHeadline()).isEqualTo("安全・快適・高環境なコミュニティづくり、産業の活性化");
        assertThat(plan.content().sectionRoles()).containsExactly(new SectionRole("環境保全課", "高環境のまちづくり"));
        assertThat(plan.projects())
                .singleElement()
                .satisfies(p -> assertThat(p.targets().getFirst().targetValue()).isEqualByComparingTo("5"));
        assertThat(history.history("DepartmentPlan", plan.id())).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo(ADMIN);
            assertThat(c.kind()).isEqualTo("作成");
        });

        assertThat(problems(upload("seikatsu-kankyo", filled)))
                .singleElement()
                .asString()
                .startsWith("このファイルは、運営方針と目標の作成が始まる前に書き出したひな形です。");
        assertThat(plans.find(new PlanReference(MITAKA, YEAR, "seikatsu-kankyo"))
                        .orElseThrow())
                .isEqualTo(plan);
    }

    @Test
    void aWorkbookOfAnotherDepartmentOrYearAndFilesThatAreNoWorkbooksAreRefused() throws Exception {
        assertThat(problems(upload("kyoiku", download("toshi-seibi"))))
                .containsExactly("このファイルは都市整備部のものです。平成20（2008）年度の教育委員会の運営方針と目標には取り込めません。");
        byte[] otherYear = mvc.perform(
                        get("/staff/m/132047/2017/plans/kyoiku/workbook").with(StaffUsers.as(signIns, ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(problems(upload("kyoiku", otherYear)))
                .containsExactly("このファイルは平成29（2017）年度のものです。平成20（2008）年度の教育委員会の運営方針と目標には取り込めません。");
        assertThat(problems(upload("kyoiku", "番号,事業名\n1,学校の耐震化\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .singleElement()
                .asString()
                .startsWith("Excel ファイル（.xlsx）ではありません。");
        byte[] large = new byte[(int) PlanWorkbooks.MAX_BYTES + 1024];
        new Random(3).nextBytes(large);
        assertThat(problems(upload("kyoiku", large)))
                .singleElement()
                .asString()
                .startsWith("ファイルが大きすぎます（5.0 MB）。取り込めるのは 5 MB までです。");
        assertThat(problems(mvc.perform(multipart(page("kyoiku") + "/workbook")
                                .with(csrf())
                                .with(StaffUsers.as(signIns, ADMIN)))
                        .andExpect(status().is3xxRedirection())
                        .andReturn()))
                .containsExactly("ファイルを選んでください（「Excelで書き出す」で書き出して記入した .xlsx ファイル）。");
        assertThat(plans.find(new PlanReference(MITAKA, YEAR, "kyoiku"))).isEmpty();
    }

    @Test
    void thePlanPagesOfferTheExcelRoundTripToThoseWhoMayUseIt() throws Exception {
        mvc.perform(get(page("kyoiku")).with(StaffUsers.as(signIns, ADMIN)))
                .andExpect(content().string(containsString("ひな形をExcelで書き出す")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("<button type=\"submit\">Excelから取り込む</button>")))
                .andExpect(content().string(containsString("<label for=\"workbook-file\">")));
        mvc.perform(get(page("kyoiku")).with(StaffUsers.as(signIns, "mitaka-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Excelで書き出す"))));
        mvc.perform(get("/staff/m/132047/2017/plans").with(StaffUsers.as(signIns, "mitaka-kikaku")))
                .andExpect(content().string(containsString("href=\"/staff/m/132047/2017/plans/kikaku/workbook\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/plans/somu/workbook"))));
    }
}
