package jp.hoshin.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.ImplementationMethod;
import jp.hoshin.evaluation.IndicatorKind;
import jp.hoshin.evaluation.LegalBasisKind;
import jp.hoshin.evaluation.Rating;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.SheetExtraFields;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.evaluation.SheetSettings;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff page of one 事業評価 sheet: its form, assessments and the review buttons for the roles that may take each step
 * (the steps are posted to {@link EvaluationReviewController}).
 */
@Controller
class EvaluationSheetController {

    static final String SHEET_VIEW = "staff/evaluation";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final Evaluations evaluations;
    private final PolicyPlans policyPlans;
    private final SheetSettings settings;
    private final Access access;
    private final SheetExtraFields extraFields;

    EvaluationSheetController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            Evaluations evaluations,
            PolicyPlans policyPlans,
            SheetSettings settings,
            Access access,
            SheetExtraFields extraFields) {
        this.settings = settings;
        this.extraFields = extraFields;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.evaluations = evaluations;
        this.policyPlans = policyPlans;
        this.access = access;
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
}
