package jp.hoshin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.schedule.DeadlineView;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.ScheduleView;
import jp.hoshin.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 三鷹市's fiscal year in progress (the year of the day the demo is loaded), opened once after the seeds, with a
 * schedule relative to that day: the plans' 提出 was due ten days ago; 企画部 is late, 総務部's plan was sent back
 * (with a few days more to answer), two plans are submitted and wait for 協議, two are in 協議 and wait for the mayor's
 * office, one is finalised and waits for 公表, one is published, and 生活環境部's own deadline is still ahead. So every
 * role's to-do list and the progress page show real work on first start.
 */
@Component
@Order(40)
class DemoSchedule implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSchedule.class);
    static final String MITAKA = "132047";

    private final DemoData demo;
    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Schedules schedules;
    private final DepartmentPlans plans;
    private final PlanWorkflow workflow;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSchedule(
            DemoData demo,
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Schedules schedules,
            DepartmentPlans plans,
            PlanWorkflow workflow,
            TransactionTemplate transaction,
            Clock clock) {
        this.demo = demo;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.schedules = schedules;
        this.plans = plans;
        this.workflow = workflow;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
        FiscalYear year = FiscalYear.containing(today);
        if (!demo.enabled()
                || !municipalities.exists(MITAKA)
                || fiscalYears.list(MITAKA).stream().anyMatch(y -> y.year().compareTo(year) >= 0)) {
            return;
        }
        transaction.executeWithoutResult(status -> load(year, today));
        log.info("デモデータ: 三鷹市の{}を進行中の年度として開始し、年間スケジュールと各部の状況を追加しました。", year.label());
    }

    private void load(FiscalYear year, LocalDate today) {
        fiscalYears.open(MITAKA, year, "demo");
        int y = year.startYear();
        List<DeadlineView> rows = new ArrayList<>();
        for (ScheduleStep step : ScheduleStep.values()) {
            int checkpoint = step == ScheduleStep.MIDYEAR ? 1 : 0;
            LocalDate due = switch (step) {
                case PLAN_SUBMIT -> today.minusDays(10);
                case PLAN_CONSULT -> today.plusDays(4);
                case PLAN_FINALIZE -> today.plusDays(14);
                case PLAN_PUBLISH -> today.plusDays(28);
                case MIDYEAR -> today.plusDays(45);
                default -> step.defaultDue(year);
            };
            rows.add(new DeadlineView(step, checkpoint, null, within(step, year, due), null));
        }
        rows.add(new DeadlineView(
                ScheduleStep.PLAN_SUBMIT,
                0,
                "somu",
                within(ScheduleStep.PLAN_SUBMIT, year, today.plusDays(3)),
                "mitaka-somu"));
        rows.add(new DeadlineView(
                ScheduleStep.PLAN_SUBMIT,
                0,
                "seikatsu-kankyo",
                within(ScheduleStep.PLAN_SUBMIT, year, today.plusDays(7)),
                null));
        schedules.save(MITAKA, y, ScheduleView.NEW, rows);

        draft(y, "kikaku", "行財政改革アクションプランの推進", "mitaka-kikaku");
        DepartmentPlanView somu = submitted(y, "somu", "職員の働き方改革の推進", "mitaka-somu");
        workflow.sendBack(ref(y, "somu"), somu.version(), "mitaka-admin", "個別事業の目標指標に、年度末の数値目標を書き加えてください。");
        draft(y, "seikatsu-kankyo", "ごみ減量と資源化の推進", "demo");
        submitted(y, "toshi-seibi", "道路・橋梁の計画的な維持管理", "demo");
        submitted(y, "toshi-saisei", "三鷹駅前地区のまちづくり", "demo");
        for (String d : List.of("kenko-fukushi", "kodomo-seisaku")) {
            DepartmentPlanView plan = submitted(y, d, d.equals("kenko-fukushi") ? "地域包括ケアの推進" : "待機児童ゼロの継続", "demo");
            workflow.startConsultation(ref(y, d), plan.version(), "mitaka-admin");
        }
        DepartmentPlanView kyoiku = submitted(y, "kyoiku", "学校施設の長寿命化", "demo");
        kyoiku = workflow.startConsultation(ref(y, "kyoiku"), kyoiku.version(), "mitaka-admin");
        workflow.finalizeAfterConsultation(ref(y, "kyoiku"), kyoiku.version(), "mitaka-review");
        DepartmentPlanView sports = submitted(y, "sports-bunka", "生涯スポーツの推進", "demo");
        sports = workflow.startConsultation(ref(y, "sports-bunka"), sports.version(), "mitaka-admin");
        sports = workflow.finalizeAfterConsultation(ref(y, "sports-bunka"), sports.version(), "mitaka-review");
        workflow.publish(ref(y, "sports-bunka"), sports.version(), "mitaka-admin");
    }

    /** A date of the step's window (early or late in the year the relative dates would fall outside it). */
    private static LocalDate within(ScheduleStep step, FiscalYear year, LocalDate due) {
        LocalDate first = step.earliest(year);
        LocalDate last = step.latest(year);
        return due.isBefore(first) ? first : due.isAfter(last) ? last : due;
    }

    private static PlanReference ref(int year, String department) {
        return new PlanReference(MITAKA, year, department);
    }

    private DepartmentPlanView draft(int year, String department, String project, String by) {
        PlanReference ref = ref(year, department);
        DepartmentPlanView plan = plans.startDraft(ref);
        return plans.addProject(ref, plan.version(), new ProjectContent(project, null, null, true, List.of(), null));
    }

    private DepartmentPlanView submitted(int year, String department, String project, String by) {
        DepartmentPlanView plan = draft(year, department, project, by);
        return workflow.submit(ref(year, department), plan.version(), by);
    }
}
