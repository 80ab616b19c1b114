package jp.hoshin.evaluation.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.evaluation.Assessment;
import jp.hoshin.evaluation.EvaluationReview;
import jp.hoshin.evaluation.EvaluationSelection;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.ImplementationMethod;
import jp.hoshin.evaluation.IndicatorKind;
import jp.hoshin.evaluation.LegalBasisKind;
import jp.hoshin.evaluation.Rating;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.evaluation.SheetSettings;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.InputText;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FieldRefusal;
import jp.hoshin.shared.web.TypedForm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of 事業評価: the planning section's overview of the year (targets, progress, 人件費単価, carry-forward)
 * and one sheet with its form, assessments and the review buttons for the roles that may take each step.
 */
@Controller
class EvaluationStaffController {

    static final String OVERVIEW_VIEW = "staff/evaluations";
    static final String SHEET_VIEW = "staff/evaluation";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final Evaluations evaluations;
    private final EvaluationSelection selection;
    private final EvaluationReview review;
    private final PolicyPlans policyPlans;
    private final SheetSettings settings;
    private final Access access;
    private final jp.hoshin.evaluation.SheetExtraFields extraFields;

    EvaluationStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            Evaluations evaluations,
            EvaluationSelection selection,
            EvaluationReview review,
            PolicyPlans policyPlans,
            SheetSettings settings,
            Access access,
            jp.hoshin.evaluation.SheetExtraFields extraFields) {
        this.settings = settings;
        this.extraFields = extraFields;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.evaluations = evaluations;
        this.selection = selection;
        this.review = review;
        this.policyPlans = policyPlans;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/{year}/evaluations")
    String overview(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        List<DepartmentView> departments = organization.departments(fy);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("departments", departments);
        model.addAttribute(
                "departmentNames",
                departments.stream().collect(Collectors.toMap(DepartmentView::code, DepartmentView::name)));
        model.addAttribute("sheets", evaluations.sheets(m.code(), year));
        model.addAttribute("progress", review.progress(m.code(), year));
        model.addAttribute("stages", EvaluationStage.values());
        model.addAttribute("laborUnitCost", evaluations.laborUnitCosts(m.code()).get(year));
        boolean canAdminister = access.canAdminister(m.code()) && fy.open();
        model.addAttribute("canAdminister", canAdminister);
        model.addAttribute("previousYear", fiscalYears.find(m.code(), year - 1).isPresent() ? year - 1 : null);
        if (canAdminister) {
            List<EvaluationSelection.PlanCandidate> candidates = selection.planCandidates(m.code(), year);
            model.addAttribute(
                    "candidateGroups",
                    candidates.stream()
                            .collect(Collectors.groupingBy(
                                    EvaluationSelection.PlanCandidate::departmentName,
                                    LinkedHashMap::new,
                                    Collectors.toList())));
            model.addAttribute(
                    "openCandidates",
                    candidates.stream().filter(c -> !c.selected()).count());
        }
        return OVERVIEW_VIEW;
    }

    /** 評価対象の選定 from the year's department plans: the chosen projects get a sheet each, all or none. */
    @PostMapping("/staff/m/{code}/{year}/evaluations/select")
    String selectFromPlans(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(name = "project", required = false) @Nullable List<Long> projects,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        try {
            List<EvaluationSheetView> created = selection.selectFromPlans(
                    code, year, projects == null ? List.of() : projects, access.currentUsername());
            redirect.addFlashAttribute(
                    "flash",
                    Messages.get(
                            "evaluation.flash.selected",
                            created.size(),
                            created.getFirst().number(),
                            created.size() > 1
                                    ? Messages.get(
                                            "evaluation.flash.selectedUpTo",
                                            created.getLast().number())
                                    : ""));
        } catch (BusinessRuleException | IllegalArgumentException e) {
            // the form's one input is the ticked projects: the message goes next to them
            TypedForm.keep(
                    redirect,
                    Messages.get("evaluation.flash.noneCreated", e.getMessage()),
                    Map.of("project", String.valueOf(e.getMessage())));
        }
        return "redirect:/staff/m/" + code + "/" + year + "/evaluations";
    }

    /** 評価対象の選定: a new sheet for a department's project (planning section). */
    @PostMapping("/staff/m/{code}/{year}/evaluations")
    String create(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(defaultValue = "") String departmentCode,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String sectionName,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        try {
            if (JapaneseText.text(name).isEmpty()) {
                throw new FieldRefusal("name", Messages.get("evaluation.create.nameRequired"));
            }
            EvaluationSheetView sheet = evaluations.create(
                    code,
                    year,
                    departmentCode,
                    SheetContent.named(
                            JapaneseText.text(name),
                            JapaneseText.optionalText(sectionName).orElse(null)),
                    access.currentUsername());
            redirect.addFlashAttribute(
                    "flash",
                    Messages.get("evaluation.flash.created", sheet.content().name(), sheet.number()));
            return "redirect:/staff/m/" + code + "/" + year + "/evaluations/" + sheet.number();
        } catch (BusinessRuleException | IllegalArgumentException | jp.hoshin.shared.NotFoundException e) {
            TypedForm.keep(redirect, e);
            return "redirect:/staff/m/" + code + "/" + year + "/evaluations";
        }
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/labor-cost")
    String laborCost(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(defaultValue = "") String yen,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        fiscalYears.get(code, year).requireOpen();
        var value = JapaneseText.parseWholeNumber(yen).filter(v -> v >= 0);
        if (value.isEmpty()) {
            TypedForm.keep(redirect, new FieldRefusal("yen", Messages.get("evaluation.laborUnitCost.invalid")));
        } else {
            evaluations.setLaborUnitCost(code, year, value.get());
            redirect.addFlashAttribute(
                    "flash", Messages.get("evaluation.flash.laborUnitCostSet", String.format("%,d", value.get())));
        }
        return "redirect:/staff/m/" + code + "/" + year + "/evaluations";
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/carry-forward")
    String carryForward(@PathVariable String code, @PathVariable int year, RedirectAttributes redirect) {
        access.requireAdminister(code);
        try {
            int n = selection
                    .carryForward(code, year - 1, List.of(), access.currentUsername())
                    .size();
            redirect.addFlashAttribute(
                    "flash",
                    n == 0
                            ? Messages.get("evaluation.flash.nothingToCarry")
                            : Messages.get("evaluation.flash.carried", n));
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/staff/m/" + code + "/" + year + "/evaluations";
    }

    @GetMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}")
    String sheet(@PathVariable String code, @PathVariable int year, @PathVariable int number, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        EvaluationSheetView sheet = evaluations.get(new SheetReference(m.code(), year, number));
        return show(m, year, sheet, SheetForm.of(sheet), model);
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}")
    String save(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int number,
            @ModelAttribute("form") SheetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        EvaluationSheetView sheet = evaluations.get(new SheetReference(m.code(), year, number));
        access.requireEvaluationEdit(m.code(), sheet.departmentCode(), sheet.stage() == EvaluationStage.FIRST);
        SheetContent content = form.validate(errors, sheet.years(), sheet.headings());
        if (content == null) {
            model.addAttribute("saveRefused", true);
            return show(m, year, sheet, form, model);
        }
        try {
            evaluations.write(new SheetReference(m.code(), year, number), form.version, content);
        } catch (ConcurrentEditException | BusinessRuleException e) {
            errors.reject("refused", e.getMessage());
            model.addAttribute("saveRefused", true);
            return show(m, year, sheet, form, model);
        }
        redirect.addFlashAttribute("flash", Messages.get("evaluation.flash.saved"));
        return "redirect:/staff/m/" + m.code() + "/" + year + "/evaluations/" + number;
    }

    private String show(MunicipalityView m, int year, EvaluationSheetView sheet, SheetForm form, Model model) {
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        boolean open = fy.open();
        boolean admin = access.canAdminister(m.code());
        boolean first = sheet.stage() == EvaluationStage.FIRST;
        boolean editor = access.canEditEvaluation(m.code(), sheet.departmentCode(), first);
        boolean underReview = first || sheet.stage() == EvaluationStage.SECOND;
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("department", organization.department(m.code(), year, sheet.departmentCode()));
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        model.addAttribute("steps", evaluations.steps(sheet.id()));
        model.addAttribute("canWrite", open && underReview && editor);
        model.addAttribute("canFirst", open && first && editor);
        model.addAttribute("canSecond", open && sheet.stage() == EvaluationStage.SECOND && admin);
        model.addAttribute(
                "canFinalize", open && sheet.stage() == EvaluationStage.SECOND && access.canReview(m.code()));
        model.addAttribute("canPublish", open && sheet.stage() == EvaluationStage.FINALIZED && admin);
        model.addAttribute("canRevise", open && sheet.frozen() && admin);
        var extras = extraFields.editing(m.code(), sheet);
        model.addAttribute("extraFieldsEditing", extras);
        model.addAttribute("extraFields", Map.of(sheet.id(), extras.shown()));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("ratingScale", Rating.SCALE);
        model.addAttribute("directions", settings.layout(m.code()).directions());
        model.addAttribute("legalKinds", LegalBasisKind.values());
        model.addAttribute("methods", ImplementationMethod.values());
        model.addAttribute("indicatorKinds", IndicatorKind.values());
        model.addAttribute("planProjects", evaluations.linkablePlanProjects(m.code(), year, sheet.departmentCode()));
        List<PolicyPlans.LinkableElement> linkable = policyPlans.linkable(m.code());
        model.addAttribute(
                "linkable",
                linkable.stream()
                        .collect(Collectors.toMap(
                                PolicyPlans.LinkableElement::key,
                                Function.identity(),
                                (a, b) -> a,
                                java.util.LinkedHashMap::new)));
        model.addAttribute(
                "elementTitles",
                linkable.stream()
                        .collect(Collectors.toMap(
                                PolicyPlans.LinkableElement::key, PolicyPlans.LinkableElement::label, (a, b) -> a)));
        return SHEET_VIEW;
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}/first")
    String first(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int number,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        EvaluationSheetView current = evaluations.get(new SheetReference(code, year, number));
        access.requireEvaluationEdit(code, current.departmentCode(), current.stage() == EvaluationStage.FIRST);
        SheetReference ref = new SheetReference(code, year, number);
        return actKeeping(code, year, number, redirect, "typedFirst", params, () -> {
            var sheet = review.recordFirstAssessment(ref, version, assessment(params));
            if ("true".equals(params.get("submit"))) {
                review.submitFirstEvaluation(ref, sheet.version(), access.currentUsername());
                return Messages.get("evaluation.flash.firstSubmitted");
            }
            return Messages.get("evaluation.flash.firstSaved");
        });
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}/second")
    String second(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int number,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        return actKeeping(code, year, number, redirect, "typedSecond", params, () -> {
            review.recordSecondEvaluation(
                    new SheetReference(code, year, number),
                    version,
                    assessment(params),
                    JapaneseText.optionalText(params.get("externalComment")).orElse(null),
                    access.currentUsername());
            return Messages.get("evaluation.flash.secondRecorded");
        });
    }

    /** 確定 (planning section or mayor's office), 公表 (planning section), 差し戻し and 改訂 (planning section, with a reason). */
    @PostMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}/{step:finalize|publish|send-back|revise}")
    String step(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int number,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        if ("finalize".equals(step)) {
            access.requireEvaluationFinalize(code);
        } else {
            access.requireAdminister(code);
        }
        String by = access.currentUsername();
        SheetReference ref = new SheetReference(code, year, number);
        return act(code, year, number, redirect, () -> switch (step) {
            case "finalize" -> {
                review.finalizeEvaluation(ref, version, by);
                yield Messages.get("evaluation.flash.finalized");
            }
            case "publish" -> {
                review.publish(ref, version, by);
                yield Messages.get("evaluation.flash.published");
            }
            case "send-back" -> {
                review.sendBack(ref, version, by, JapaneseText.text(comment));
                yield Messages.get("evaluation.flash.sentBack");
            }
            default -> {
                review.startRevision(ref, version, by, JapaneseText.text(comment));
                yield Messages.get("evaluation.flash.revisionStarted");
            }
        });
    }

    /** The texts of an assessment form and their labels: a text too long is refused next to its field. */
    private static final Map<String, String> ASSESSMENT_TEXTS = Map.of(
            "relevanceReason", "evaluation.field.relevanceReason",
            "effectivenessReason", "evaluation.field.effectivenessReason",
            "efficiencyReason", "evaluation.field.efficiencyReason",
            "improvement", "evaluation.field.improvement",
            "comment", "evaluation.field.comment",
            "externalComment", "evaluation.field.externalComment");

    static Assessment assessment(Map<String, String> p) {
        ASSESSMENT_TEXTS.forEach((field, label) -> {
            String problem = p.get(field) == null
                    ? null
                    : InputText.problem(Messages.get(label), p.get(field).strip(), Assessment.MAX_TEXT);
            if (problem != null) {
                throw new FieldRefusal(field, problem);
            }
        });
        return new Assessment(
                rating(p.get("relevance")),
                p.get("relevanceReason"),
                rating(p.get("effectiveness")),
                p.get("effectivenessReason"),
                rating(p.get("efficiency")),
                p.get("efficiencyReason"),
                JapaneseText.optionalText(p.get("direction")).orElse(null),
                p.get("improvement"),
                p.get("comment"));
    }

    private static @Nullable Rating rating(@Nullable String value) {
        return value == null || value.isBlank() ? null : Rating.valueOf(value);
    }

    private interface Act {
        String run();
    }

    private String act(String code, int year, int number, RedirectAttributes redirect, Act act) {
        try {
            redirect.addFlashAttribute("flash", act.run());
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            TypedForm.keep(redirect, e);
        }
        return "redirect:/staff/m/" + code + "/" + year + "/evaluations/" + number;
    }

    /** As {@link #act}, and on a refusal the assessment as typed comes back under the given name (nothing typed is lost). */
    private String actKeeping(
            String code,
            int year,
            int number,
            RedirectAttributes redirect,
            String typedName,
            Map<String, String> params,
            Act act) {
        try {
            redirect.addFlashAttribute("flash", act.run());
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            TypedForm.keep(redirect, e);
            redirect.addFlashAttribute(typedName, AssessmentForm.of(params));
        }
        return "redirect:/staff/m/" + code + "/" + year + "/evaluations/" + number;
    }

    static List<String> words(String text) {
        return Arrays.stream(JapaneseText.fold(text).split("[、,\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }
}
