package jp.hoshin.departmentplan;

import java.util.function.Supplier;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.workflow.StepRecorder;
import jp.hoshin.shared.workflow.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * What every department-plan service does around a business act, written once: load the plan for a change (locked, the
 * version the caller edited), record the step the act took, flush and return the view. Runs in its callers'
 * transactions.
 */
@Component
class PlanStore {

    private final DepartmentPlanRepository plans;
    private final PlanStepRepository steps;
    private final FiscalYears fiscalYears;
    private final StepRecorder recorder;
    private final Organization organization;
    private final ApplicationEventPublisher events;

    PlanStore(
            DepartmentPlanRepository plans,
            PlanStepRepository steps,
            FiscalYears fiscalYears,
            StepRecorder recorder,
            Organization organization,
            ApplicationEventPublisher events) {
        this.organization = organization;
        this.plans = plans;
        this.steps = steps;
        this.fiscalYears = fiscalYears;
        this.recorder = recorder;
        this.events = events;
    }

    /**
     * The plan to change, locked until the transaction ends (two changes to one plan run one after the other) and
     * checked to be at {@code editedVersion}.
     */
    DepartmentPlan load(PlanReference ref, long editedVersion) {
        FiscalYearView fy = fiscalYears.get(ref.municipalityCode(), ref.year());
        DepartmentPlan plan = plans.lockByFiscalYearIdAndDepartmentCode(fy.id(), ref.departmentCode())
                .orElseThrow(() -> notFound(fy, ref));
        ConcurrentEditException.check(editedVersion, plan.version());
        return plan;
    }

    /** Records the step an act of the plan (or of its {@code results}) took, then flushes: the plan as it now stands. */
    DepartmentPlanView record(
            DepartmentPlan plan, boolean results, Transition<PlanStatus> act, String by, @Nullable String comment) {
        steps.save(new PlanStep(plan.id(), results, recorder.taken(act, by, comment)));
        DepartmentPlanView view = flushed(plan);
        if (!act.staysIn()) {
            fiscalYears
                    .findById(plan.fiscalYearId())
                    .ifPresent(fy -> events.publishEvent(new PlanStepTaken(
                            fy.municipalityCode(),
                            fy.year().startYear(),
                            view.departmentCode(),
                            results ? PlanStepTaken.Track.RESULTS : PlanStepTaken.Track.PLAN,
                            PlanStepTaken.act(act.from(), act.to()),
                            by,
                            comment)));
        }
        return view;
    }

    DepartmentPlanView flushed(DepartmentPlan plan) {
        plans.flush();
        return view(plan);
    }

    /** The plan as pages read it, with its 使命・目標 and resources where they are kept for it. */
    DepartmentPlanView view(DepartmentPlan plan) {
        return plan.view(missionAndResources(plan, null));
    }

    /**
     * The plan's 使命・目標 and resources: the finalised copy once 確定 or 公表; otherwise the organisation's one stored
     * value ({@code department}, when the caller has already read the year's departments, saves a query).
     */
    MissionAndResources missionAndResources(DepartmentPlan plan, @Nullable DepartmentView department) {
        return missionAndResources(
                plan.fiscalYearId(),
                plan.departmentCode(),
                plan.status(),
                plan.publishedSnapshot(),
                department,
                () -> "plan " + plan.id());
    }

    /** {@link #missionAndResources(DepartmentPlan, DepartmentView)} of a plan read as a row ({@code which} names it). */
    MissionAndResources missionAndResources(
            long fiscalYearId,
            String departmentCode,
            PlanStatus status,
            @Nullable String snapshot,
            @Nullable DepartmentView department,
            Supplier<String> which) {
        if (snapshot != null && (status == PlanStatus.FINALIZED || status == PlanStatus.PUBLISHED)) {
            return MissionAndResources.of(finalisedContent(snapshot));
        }
        if (department != null && department.code().equals(departmentCode)) {
            return MissionAndResources.of(department.profile());
        }
        FiscalYearView fy = fiscalYears
                .findById(fiscalYearId)
                .orElseThrow(() -> new IllegalStateException(which.get() + " without its fiscal year"));
        return MissionAndResources.of(organization
                .department(fy.municipalityCode(), fy.year().startYear(), departmentCode)
                .profile());
    }

    private static final ObjectReader CONTENT =
            PlanWorkflow.JSON.readerFor(PlanContent.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * The part of a finalised snapshot ({@link DepartmentPlanView} as JSON) that holds 使命・目標 and resources, read up to
     * there: the projects, most of the text, are written after it and not read at all (the results page reads one
     * snapshot per department; parsing them whole was a twentieth of its CPU, issue 19). A snapshot that has the content
     * after its projects is still read right, only not faster.
     */
    static PlanContent finalisedContent(String snapshot) {
        // the rest of the snapshot follows the content: not an error here
        try (JsonParser json = PlanWorkflow.JSON.createParser(snapshot)) {
            if (json.nextToken() == JsonToken.START_OBJECT) {
                while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = json.currentName();
                    json.nextToken();
                    if ("content".equals(name)) {
                        return CONTENT.readValue(json);
                    }
                    json.skipChildren();
                }
            }
        }
        throw new IllegalStateException("a finalised snapshot without its content: " + snapshot.length() + " chars");
    }

    static NotFoundException notFound(FiscalYearView fy, PlanReference ref) {
        return new NotFoundException(
                Messages.get("departmentplan.plan.notFound", fy.year().label(), ref.departmentCode()));
    }
}
