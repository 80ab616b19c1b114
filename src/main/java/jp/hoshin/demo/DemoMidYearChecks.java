package jp.hoshin.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.MidYearEntry;
import jp.hoshin.departmentplan.MidYearState;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 三鷹市's mid-year check half done, so that the planning section's overview, a department's check and the public page
 * show real work on first start. It works on whichever year has finalised plans: the fiscal year in progress (today,
 * Japan time) when it has some, else the latest open year that has. Of the departments with a finalised plan at the
 * first checkpoint: the first is published, the second confirmed, the third submitted, the fourth recorded but not
 * submitted, the rest not started. Added once (nothing is done when any check of that year exists), after the other
 * demo data (also after a demo that adds a year in progress with an order below 60).
 */
@Component
@Order(60)
class DemoMidYearChecks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMidYearChecks.class);
    private static final String MITAKA = "132047";
    private static final String ADMIN = "mitaka-admin";

    private final DemoData demo;
    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final MidYearChecks checks;
    private final ProgressScales scales;
    private final TransactionTemplate transaction;

    DemoMidYearChecks(
            DemoData demo,
            Municipalities municipalities,
            FiscalYears fiscalYears,
            MidYearChecks checks,
            ProgressScales scales,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.checks = checks;
        this.scales = scales;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || !municipalities.exists(MITAKA)) {
            return;
        }
        Optional<FiscalYearView> year = yearWithFinalisedPlans();
        if (year.isEmpty()) {
            return;
        }
        int fy = year.get().year().startYear();
        List<MidYearChecks.MidYearProgress> progress = checks.progress(MITAKA, fy);
        if (progress.stream().anyMatch(p -> p.state() != MidYearState.NOT_STARTED)) {
            return;
        }
        List<String> departments = progress.stream()
                .filter(p -> p.checkpointNumber() == 1)
                .map(MidYearChecks.MidYearProgress::departmentCode)
                .filter(d -> !checks.sheet(new PlanReference(MITAKA, fy, d), 1)
                        .entries()
                        .isEmpty())
                .toList();
        int started = Math.min(4, departments.size());
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < started; i++) {
                advance(fy, departments.get(i), 3 - i);
            }
        });
        log.info("デモデータ: 三鷹市の{}の中間確認を途中まで進めました（対象{}部のうち{}部）。", year.get().year().label(), departments.size(), started);
    }

    /** The year in progress when it has finalised plans, else the latest open year that has. */
    private Optional<FiscalYearView> yearWithFinalisedPlans() {
        int current = FiscalYear.current().startYear();
        List<FiscalYearView> open = fiscalYears.list(MITAKA).stream()
                .filter(FiscalYearView::open)
                .sorted(Comparator.comparing(FiscalYearView::year).reversed())
                .toList();
        return open.stream()
                .filter(y -> y.year().startYear() == current)
                .filter(y -> !checks.progress(MITAKA, current).isEmpty())
                .findFirst()
                .or(() -> open.stream()
                        .filter(y ->
                                !checks.progress(MITAKA, y.year().startYear()).isEmpty())
                        .findFirst());
    }

    /** Records the department's check and takes it {@code steps} steps on: 0 作成中, 1 提出, 2 確認済, 3 公表. */
    private void advance(int year, String department, int steps) {
        PlanReference ref = new PlanReference(MITAKA, year, department);
        ProgressScale scale = scales.scale(MITAKA, ScaleKind.MID_YEAR);
        List<MidYearChecks.Line> lines = new ArrayList<>();
        List<MidYearEntry> entries = checks.sheet(ref, 1).entries();
        for (int i = 0; i < entries.size(); i++) {
            String status = scale.levels()
                    .get(i % 3 == 2 ? Math.min(2, scale.levels().size() - 1) : i % 2)
                    .label();
            lines.add(new MidYearChecks.Line(
                    entries.get(i).projectNumber(),
                    status,
                    i % 3 == 2 ? "関係機関との調整に時間を要しており、下半期に取り組みを進めます。" : "計画どおり取り組みを進めています。",
                    i == 0 ? "上半期の実績：目標の約半分" : null));
        }
        // the demo's editors: 企画部 and 総務部 have their own accounts; the other departments' steps are the system's
        String editor = switch (department) {
            case "kikaku" -> "mitaka-kikaku";
            case "somu" -> "mitaka-somu";
            default -> "system";
        };
        MidYearChecks.Sheet sheet = checks.record(ref, 1, null, lines, editor);
        if (steps >= 1) {
            sheet = checks.submit(ref, 1, sheet.version(), editor);
        }
        if (steps >= 2) {
            sheet = checks.confirm(ref, 1, sheet.version(), ADMIN);
        }
        if (steps >= 3) {
            checks.publish(ref, 1, sheet.version(), ADMIN);
        }
    }
}
