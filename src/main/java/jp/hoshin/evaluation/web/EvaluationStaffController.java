package jp.hoshin.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hoshin.evaluation.EvaluationReview;
import jp.hoshin.evaluation.EvaluationSelection;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.TypedForm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff page of a year's 事業評価: the planning section's overview of the year (targets, progress, 人件費単価,
 * carry-forward) and its acts on the year (評価対象の選定, a new sheet, 人件費単価, 繰越). One sheet is
 * {@link EvaluationSheetController}, its review {@link EvaluationReviewController}.
 */
@Controller
class EvaluationStaffController {

    static final String OVERVIEW_VIEW = "staff/evaluations";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final Evaluations evaluations;
    private final EvaluationSelection selection;
    private final EvaluationReview review;
    private final Access access;

    EvaluationStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            Evaluations evaluations,
            EvaluationSelection selection,
            EvaluationReview review,
            Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.evaluations = evaluations;
        this.selection = selection;
        this.review = review;
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
}
