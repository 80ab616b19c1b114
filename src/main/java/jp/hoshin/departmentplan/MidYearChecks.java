package jp.hoshin.departmentplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.StaffAccountView;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.workflow.StepRecorder;
import jp.hoshin.shared.workflow.Transition;
import jp.hoshin.shared.workflow.WorkflowStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 中間確認 — the mid-year check of each department with a finalised plan at each checkpoint of the year: the lines
 * recorded per project, 提出 → 確認 (or 差し戻し) → 公表 with each step recorded, what citizens read once published,
 * and the progress of every department for the planning section and the year's schedule
 * ({@link #progress(String, int)}). All or nothing; callers check roles ({@code jp.hoshin.identity.Access}) first.
 */
@Service
public class MidYearChecks {

    /** What a department types for one project of its plan. */
    public record Line(
            int projectNumber,
            @Nullable String status,
            @Nullable String comment,
            @Nullable String valuesSoFar) {}

    /** A department's check at a checkpoint as its page shows it (lines for every project, blank until recorded). */
    public record Sheet(
            MidYearCheckpointView checkpoint,
            String departmentCode,
            String departmentName,
            MidYearState state,
            List<MidYearEntry> entries,
            ProgressScale scale,
            List<MidYearStepView> steps,
            @Nullable Long version,
            @Nullable Instant lastChangedAt,
            @Nullable String lastChangedBy) {}

    /**
     * Where one department's check at one checkpoint stands, for the planning section's overview and the year's
     * schedule: the state, when and by whom the department's part (提出) was done, the last change and the staff page.
     */
    public record MidYearProgress(
            int checkpointNumber,
            String checkpointLabel,
            LocalDate referenceDate,
            String departmentCode,
            String departmentName,
            MidYearState state,
            @Nullable Instant doneAt,
            @Nullable String doneBy,
            @Nullable Instant lastChangedAt,
            @Nullable String lastChangedBy,
            String staffUrl) {}

    /** A published check of a department. */
    public record PublishedCheck(String departmentCode, String departmentName, List<MidYearEntry> entries) {

        public Map<String, Long> counts() {
            return entries.stream()
                    .filter(e -> e.status() != null)
                    .collect(Collectors.groupingBy(MidYearEntry::status, LinkedHashMap::new, Collectors.counting()));
        }

        public long onSchedule() {
            return entries.stream().filter(MidYearEntry::onSchedule).count();
        }
    }

    /** The published checks of one checkpoint, with the labels to count in order (the scale's, then older ones). */
    public record PublishedCheckpoint(
            MidYearCheckpointView checkpoint, List<String> labels, List<PublishedCheck> checks) {

        public Map<String, Long> total() {
            Map<String, Long> total = new LinkedHashMap<>();
            labels.forEach(l -> total.put(l, 0L));
            checks.forEach(c -> c.counts().forEach((k, v) -> total.merge(k, v, Long::sum)));
            return total;
        }

        public long projects() {
            return checks.stream().mapToLong(c -> c.entries().size()).sum();
        }

        public long onSchedule() {
            return checks.stream().mapToLong(PublishedCheck::onSchedule).sum();
        }
    }

    private final MidYearCheckRepository checks;
    private final MidYearCheckStepRepository steps;
    private final DepartmentPlanRepository plans;
    private final MidYearCheckpoints checkpoints;
    private final ProgressScales scales;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final StaffAccounts accounts;
    private final StepRecorder recorder;
    private final Clock clock;

    MidYearChecks(
            MidYearCheckRepository checks,
            MidYearCheckStepRepository steps,
            DepartmentPlanRepository plans,
            MidYearCheckpoints checkpoints,
            ProgressScales scales,
            FiscalYears fiscalYears,
            Organization organization,
            StaffAccounts accounts,
            StepRecorder recorder,
            Clock clock) {
        this.checks = checks;
        this.steps = steps;
        this.plans = plans;
        this.checkpoints = checkpoints;
        this.scales = scales;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.accounts = accounts;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The staff page of a department's check at a checkpoint. */
    public static String staffPath(String municipalityCode, int year, String departmentCode, int checkpoint) {
        return "/staff/m/" + municipalityCode + "/" + year + "/plans/" + departmentCode + "/midyear/" + checkpoint;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public Sheet sheet(PlanReference ref, int checkpointNumber) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        MidYearCheckpointView checkpoint = checkpoints.get(fy, checkpointNumber);
        DepartmentView d = organization.department(ref.municipalityCode(), ref.year(), ref.departmentCode());
        DepartmentPlanView plan = finalised(fy, d);
        Optional<MidYearCheck> check =
                checks.findByFiscalYearIdAndCheckpointNumberAndDepartmentCode(fy.id(), checkpointNumber, d.code());
        Map<Integer, MidYearEntry> recorded = check.map(c -> c.entries().stream()
                        .collect(Collectors.toMap(MidYearEntry::projectNumber, Function.identity(), (a, b) -> a)))
                .orElse(Map.of());
        List<MidYearEntry> entries = new ArrayList<>();
        for (ProjectView p : plan.projects()) {
            entries.add(recorded.getOrDefault(
                    p.number(), new MidYearEntry(p.number(), p.title(), null, false, null, null)));
        }
        // lines of projects the finalised plan no longer has stay visible once recorded
        recorded.values().stream()
                .filter(e -> plan.projects().stream().noneMatch(p -> p.number() == e.projectNumber()))
                .forEach(entries::add);
        Map<String, String> names = displayNames(ref.municipalityCode());
        return new Sheet(
                checkpoint,
                d.code(),
                d.name(),
                check.map(MidYearCheck::state).orElse(MidYearState.NOT_STARTED),
                entries,
                scales.scale(ref.municipalityCode(), ScaleKind.MID_YEAR),
                check.map(c -> steps.findByCheckIdInOrderByTakenAt(List.of(c.id())).stream()
                                .map(MidYearCheckStep::view)
                                .map(s -> new MidYearStepView(
                                        s.from(),
                                        s.to(),
                                        names.getOrDefault(s.takenBy(), s.takenBy()),
                                        s.takenAt(),
                                        s.comment()))
                                .toList())
                        .orElse(List.of()),
                check.map(MidYearCheck::version).orElse(null),
                check.map(MidYearCheck::lastChangedAt).orElse(null),
                check.map(c -> names.getOrDefault(c.lastChangedBy(), c.lastChangedBy()))
                        .orElse(null));
    }

    /**
     * Every department with a finalised plan at every checkpoint of the year, in checkpoint and department order:
     * state (未着手 when nothing is recorded), 提出 done when and by whom (display name), last change, staff page.
     */
    @Transactional(readOnly = true)
    public List<MidYearProgress> progress(String municipalityCode, int fiscalYear) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, fiscalYear);
        List<DepartmentView> departments = withFinalisedPlans(fy);
        Map<String, MidYearCheck> byKey = checks.findByFiscalYearId(fy.id()).stream()
                .collect(Collectors.toMap(c -> c.checkpointNumber() + "/" + c.departmentCode(), Function.identity()));
        Map<Long, MidYearCheckStep> lastSubmit = new HashMap<>();
        if (!byKey.isEmpty()) {
            steps
                    .findByCheckIdInOrderByTakenAt(
                            byKey.values().stream().map(MidYearCheck::id).toList())
                    .stream()
                    .filter(s -> s.to() == MidYearState.SUBMITTED)
                    .forEach(s -> lastSubmit.put(s.checkId(), s));
        }
        Map<String, String> names = displayNames(municipalityCode);
        List<MidYearProgress> lines = new ArrayList<>();
        for (MidYearCheckpointView cp : checkpoints.of(fy)) {
            for (DepartmentView d : departments) {
                MidYearCheck c = byKey.get(cp.number() + "/" + d.code());
                MidYearState state = c == null ? MidYearState.NOT_STARTED : c.state();
                MidYearCheckStep done = c == null || !state.submitted() ? null : lastSubmit.get(c.id());
                lines.add(new MidYearProgress(
                        cp.number(),
                        cp.label(),
                        cp.referenceDate(),
                        d.code(),
                        d.name(),
                        state,
                        done == null ? null : done.at(),
                        done == null ? null : names.getOrDefault(done.by(), done.by()),
                        c == null ? null : c.lastChangedAt(),
                        c == null ? null : names.getOrDefault(c.lastChangedBy(), c.lastChangedBy()),
                        staffPath(fy.municipalityCode(), fiscalYear, d.code(), cp.number())));
            }
        }
        return lines;
    }

    /** The published checks of the year per checkpoint (checkpoints without any are left out), in department order. */
    @Transactional(readOnly = true)
    public List<PublishedCheckpoint> published(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        List<MidYearCheck> all = checks.findByFiscalYearId(fy.id()).stream()
                .filter(c -> c.state() == MidYearState.PUBLISHED)
                .toList();
        if (all.isEmpty()) {
            return List.of();
        }
        List<DepartmentView> departments = organization.departments(fy);
        Map<String, Integer> order = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < departments.size(); i++) {
            order.put(departments.get(i).code(), i);
            names.put(departments.get(i).code(), departments.get(i).name());
        }
        ProgressScale scale = scales.scale(municipalityCode, ScaleKind.MID_YEAR);
        List<PublishedCheckpoint> result = new ArrayList<>();
        for (MidYearCheckpointView cp : checkpoints.of(fy)) {
            List<PublishedCheck> ofCheckpoint = all.stream()
                    .filter(c -> c.checkpointNumber() == cp.number())
                    .sorted(Comparator.comparing(c -> order.getOrDefault(c.departmentCode(), Integer.MAX_VALUE)))
                    .map(c -> new PublishedCheck(
                            c.departmentCode(),
                            names.getOrDefault(c.departmentCode(), c.departmentCode()),
                            c.entries()))
                    .toList();
            if (ofCheckpoint.isEmpty()) {
                continue;
            }
            Set<String> labels = new LinkedHashSet<>(scale.labels());
            ofCheckpoint.forEach(c -> c.entries().stream()
                    .map(MidYearEntry::status)
                    .filter(java.util.Objects::nonNull)
                    .forEach(labels::add));
            result.add(new PublishedCheckpoint(cp, List.copyOf(labels), ofCheckpoint));
        }
        return result;
    }

    // ---- acts ----

    /**
     * Records the department's lines (while 作成中; the first record starts the check): each status must be a level of
     * the municipality's scale, each project one of the finalised plan. {@code editedVersion} is the version the form
     * was made from, null before the check existed.
     */
    @Transactional
    public Sheet record(
            PlanReference ref, int checkpointNumber, @Nullable Long editedVersion, List<Line> lines, String by) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        fy.requireOpen();
        checkpoints.get(fy, checkpointNumber);
        DepartmentView d = organization.department(ref.municipalityCode(), ref.year(), ref.departmentCode());
        DepartmentPlan plan =
                plans.findByFiscalYearIdAndDepartmentCode(fy.id(), d.code()).orElseThrow(() -> noFinalisedPlan(d));
        DepartmentPlanView finalised = plan.finalisedVersion().orElseThrow(() -> noFinalisedPlan(d));
        Map<Integer, ProjectView> projects =
                finalised.projects().stream().collect(Collectors.toMap(ProjectView::number, Function.identity()));
        List<MidYearEntry> entries = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (Line line : lines) {
            ProjectView p = projects.get(line.projectNumber());
            if (p == null || !seen.add(line.projectNumber())) {
                throw new IllegalArgumentException(Messages.get("midyear.entry.unknownProject", line.projectNumber()));
            }
            entries.add(
                    new MidYearEntry(p.number(), p.title(), line.status(), false, line.comment(), line.valuesSoFar()));
        }
        MidYearCheck check = checks.lock(fy.id(), checkpointNumber, d.code()).orElse(null);
        if (check == null) {
            if (editedVersion != null) {
                throw new ConcurrentEditException();
            }
            check = new MidYearCheck(fy.id(), checkpointNumber, d.code(), plan.id());
        } else {
            if (editedVersion == null) {
                throw new ConcurrentEditException();
            }
            ConcurrentEditException.check(editedVersion, check.version());
        }
        check.record(entries, scales.scale(ref.municipalityCode(), ScaleKind.MID_YEAR), by, clock.instant());
        checks.saveAndFlush(check);
        return sheet(ref, checkpointNumber);
    }

    /** 提出 — by the department. */
    @Transactional
    public Sheet submit(PlanReference ref, int checkpointNumber, long editedVersion, String by) {
        return act(ref, checkpointNumber, editedVersion, by, null, (c, at) -> c.submit(by, at));
    }

    /** 確認 — by the planning section. */
    @Transactional
    public Sheet confirm(PlanReference ref, int checkpointNumber, long editedVersion, String by) {
        return act(ref, checkpointNumber, editedVersion, by, null, (c, at) -> c.confirm(by, at));
    }

    /** 差し戻し — by the planning section, with a reason (required). */
    @Transactional
    public Sheet sendBack(
            PlanReference ref, int checkpointNumber, long editedVersion, String by, @Nullable String reason) {
        String why = MidYearCheck.sendBackReason(reason);
        return act(ref, checkpointNumber, editedVersion, by, why, (c, at) -> c.sendBack(why, by, at));
    }

    /** 公表 — by the planning section: citizens read it on the mid-year page, the CSV and the API. */
    @Transactional
    public Sheet publish(PlanReference ref, int checkpointNumber, long editedVersion, String by) {
        return act(ref, checkpointNumber, editedVersion, by, null, (c, at) -> c.publish(by, at));
    }

    private interface Act {
        Transition<MidYearState> apply(MidYearCheck check, Instant at);
    }

    private Sheet act(
            PlanReference ref, int checkpointNumber, long editedVersion, String by, @Nullable String comment, Act act) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        MidYearCheck check = checks.lock(fy.id(), checkpointNumber, ref.departmentCode())
                .orElseThrow(() -> new BusinessRuleException(Messages.get("midyear.notRecorded")));
        ConcurrentEditException.check(editedVersion, check.version());
        Instant at = clock.instant();
        WorkflowStep<MidYearState> step = recorder.taken(act.apply(check, at), by, comment);
        steps.save(new MidYearCheckStep(check.id(), step));
        checks.flush();
        return sheet(ref, checkpointNumber);
    }

    // ---- helpers ----

    private List<DepartmentView> withFinalisedPlans(FiscalYearView fy) {
        Map<String, DepartmentPlan> byCode = plans.findByFiscalYearId(fy.id()).stream()
                .collect(Collectors.toMap(DepartmentPlan::departmentCode, Function.identity()));
        return organization.departments(fy).stream()
                .filter(d -> byCode.containsKey(d.code())
                        && byCode.get(d.code()).finalisedVersion().isPresent())
                .toList();
    }

    private DepartmentPlanView finalised(FiscalYearView fy, DepartmentView d) {
        return plans.findByFiscalYearIdAndDepartmentCode(fy.id(), d.code())
                .flatMap(DepartmentPlan::finalisedVersion)
                .orElseThrow(() -> noFinalisedPlan(d));
    }

    private static BusinessRuleException noFinalisedPlan(DepartmentView d) {
        return new BusinessRuleException(Messages.get("midyear.noFinalisedPlan", d.name()));
    }

    private Map<String, String> displayNames(String municipalityCode) {
        Map<String, String> names = new HashMap<>();
        for (StaffAccountView a : accounts.list(municipalityCode)) {
            names.put(a.username(), a.displayName());
        }
        names.put("system", Messages.get("midyear.systemUser"));
        return names;
    }
}
