package jp.hoshin.departmentplan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jp.hoshin.customfield.CheckedValues;
import jp.hoshin.customfield.CustomFields;
import jp.hoshin.customfield.ExtraField;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.customfield.FieldTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 独自項目 of department plans and their projects (defined per municipality in {@code customfield}): written on the draft
 * (only while 作成中, the plan's version guarding them), frozen with their labels at 確定, and shown from that frozen copy
 * wherever citizens read the plan (page, booklet, API, CSV), so a later change of a definition never rewrites it.
 */
@Service
public class PlanExtraFields {

    private final PlanStore store;
    private final CustomFields fields;
    private final DepartmentPlans plans;

    PlanExtraFields(PlanStore store, CustomFields fields, DepartmentPlans plans) {
        this.plans = plans;
        this.store = store;
        this.fields = fields;
    }

    /** A plan's extra fields as its staff page edits them: the definitions and the values kept. */
    public record Editing(
            List<FieldDefinitionView> planFields,
            List<FieldDefinitionView> projectFields,
            Map<Long, String> planValues,
            Map<Long, Map<Long, String>> projectValues) {

        public static final Editing NONE = new Editing(List.of(), List.of(), Map.of(), Map.of());

        public boolean any() {
            return !planFields.isEmpty() || !projectFields.isEmpty();
        }

        /** The value kept for a project's field (empty when none). */
        public String projectValue(long projectId, long definitionId) {
            return projectValues.getOrDefault(projectId, Map.of()).getOrDefault(definitionId, "");
        }

        public Map<Long, String> projectValuesOf(long projectId) {
            return projectValues.getOrDefault(projectId, Map.of());
        }

        public String planValue(long definitionId) {
            return planValues.getOrDefault(definitionId, "");
        }

        /** The plan's fields that have a value, as shown (dates in 和暦). */
        public List<ExtraField> planShown() {
            return shown(planFields, planValues);
        }

        public List<ExtraField> projectShown(long projectId) {
            return shown(projectFields, projectValues.getOrDefault(projectId, Map.of()));
        }

        private static List<ExtraField> shown(List<FieldDefinitionView> defined, Map<Long, String> values) {
            return defined.stream()
                    .filter(d -> !values.getOrDefault(d.id(), "").isEmpty())
                    .map(d -> new ExtraField(d.label(), d.kind(), values.get(d.id())))
                    .toList();
        }
    }

    /** What a page, PDF or export shows: by plan id and by project id, the fields that have a value, in order. */
    public record Shown(Map<Long, List<ExtraField>> plans, Map<Long, List<ExtraField>> projects) {

        public static final Shown NONE = new Shown(Map.of(), Map.of());

        public List<ExtraField> plan(long planId) {
            return plans.getOrDefault(planId, List.of());
        }

        public List<ExtraField> project(long projectId) {
            return projects.getOrDefault(projectId, List.of());
        }

        public boolean isEmpty() {
            return plans.isEmpty() && projects.isEmpty();
        }

        /** Every label that has a value somewhere, in first-seen order (the columns of a CSV). */
        public List<String> projectLabels() {
            return labels(projects.values());
        }

        public List<String> planLabels() {
            return labels(plans.values());
        }

        private static List<String> labels(Collection<List<ExtraField>> all) {
            List<String> labels = new ArrayList<>();
            all.forEach(list -> list.forEach(f -> {
                if (!labels.contains(f.label())) {
                    labels.add(f.label());
                }
            }));
            return labels;
        }
    }

    @Transactional(readOnly = true)
    public Editing editing(String municipalityCode, DepartmentPlanView plan) {
        List<FieldDefinitionView> planFields = fields.definitions(municipalityCode, FieldTarget.PLAN);
        List<FieldDefinitionView> projectFields = fields.definitions(municipalityCode, FieldTarget.PROJECT);
        if (planFields.isEmpty() && projectFields.isEmpty()) {
            return Editing.NONE;
        }
        return new Editing(
                planFields,
                projectFields,
                planFields.isEmpty() ? Map.of() : fields.values(FieldTarget.PLAN, plan.id()),
                projectFields.isEmpty()
                        ? Map.of()
                        : fields.values(
                                FieldTarget.PROJECT,
                                plan.projects().stream().map(ProjectView::id).toList()));
    }

    /** Writes the plan's extra fields as typed (by definition id); a wrong value refuses them all, nothing saved. */
    @Transactional
    public DepartmentPlanView write(PlanReference ref, long editedVersion, Map<Long, String> typed) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        CheckedValues checked =
                fields.check(ref.municipalityCode(), FieldTarget.PLAN, typed).orThrow();
        plan.changeExtraFields(
                () -> fields.write(ref.municipalityCode(), FieldTarget.PLAN, plan.id(), checked.values()));
        return store.flushed(plan);
    }

    /** Writes a project's extra fields as typed (by definition id); a wrong value refuses them all, nothing saved. */
    @Transactional
    public DepartmentPlanView writeProject(PlanReference ref, long editedVersion, int number, Map<Long, String> typed) {
        DepartmentPlan plan = store.load(ref, editedVersion);
        long projectId = plan.projectId(number);
        CheckedValues checked =
                fields.check(ref.municipalityCode(), FieldTarget.PROJECT, typed).orThrow();
        plan.changeExtraFields(
                () -> fields.write(ref.municipalityCode(), FieldTarget.PROJECT, projectId, checked.values()));
        return store.flushed(plan);
    }

    /**
     * The workbook's whole-draft replacement with the extra fields it carried, in one transaction: the draft through
     * {@link DepartmentPlans#replaceDraft}, then the checked values of the plan ({@code planValues}, null: the workbook had
     * none, the stored ones stay) and of its projects by number ({@code projectValues}, likewise). Unchanged values
     * write nothing.
     */
    @Transactional
    public DraftReplacement replaceDraft(
            PlanReference ref,
            @Nullable Long editedVersion,
            PlanContent content,
            List<ProjectDraft> drafts,
            @Nullable Map<Long, String> planValues,
            @Nullable Map<Integer, Map<Long, String>> projectValues) {
        DraftReplacement replaced = plans.replaceDraft(ref, editedVersion, content, drafts);
        if (planValues == null && projectValues == null) {
            return replaced;
        }
        DepartmentPlan plan = store.load(ref, replaced.plan().version());
        boolean[] changed = {false};
        plan.changeExtraFields(() -> {
            if (planValues != null) {
                changed[0] |= fields.write(ref.municipalityCode(), FieldTarget.PLAN, plan.id(), planValues);
            }
            if (projectValues != null) {
                projectValues.forEach((number, values) -> changed[0] |=
                        fields.write(ref.municipalityCode(), FieldTarget.PROJECT, plan.projectId(number), values));
            }
            return changed[0];
        });
        if (!changed[0]) {
            return replaced;
        }
        return new DraftReplacement(
                store.flushed(plan),
                replaced.started(),
                true,
                replaced.added(),
                replaced.revised(),
                replaced.removed());
    }

    /** The frozen fields (as at 確定) of published plans, for pages, the booklet, the API and the CSV. */
    @Transactional(readOnly = true)
    public Shown published(Collection<DepartmentPlanView> plans) {
        if (plans.isEmpty()) {
            return Shown.NONE;
        }
        return new Shown(
                fields.frozen(
                        FieldTarget.PLAN,
                        plans.stream().map(DepartmentPlanView::id).toList()),
                fields.frozen(FieldTarget.PROJECT, projectIds(plans)));
    }

    /** The fields as they stand now (drafts: the staff proof, the workbook). */
    @Transactional(readOnly = true)
    public Shown current(String municipalityCode, Collection<DepartmentPlanView> plans) {
        if (plans.isEmpty()) {
            return Shown.NONE;
        }
        return new Shown(
                fields.current(
                        municipalityCode,
                        FieldTarget.PLAN,
                        plans.stream().map(DepartmentPlanView::id).toList()),
                fields.current(municipalityCode, FieldTarget.PROJECT, projectIds(plans)));
    }

    private static List<Long> projectIds(Collection<DepartmentPlanView> plans) {
        return plans.stream()
                .flatMap(p -> p.projects().stream())
                .map(ProjectView::id)
                .toList();
    }
}
