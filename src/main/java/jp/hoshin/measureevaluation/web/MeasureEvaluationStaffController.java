package jp.hoshin.measureevaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.measureevaluation.FirstAssessment;
import jp.hoshin.measureevaluation.MeasureEvaluationReview;
import jp.hoshin.measureevaluation.MeasureEvaluationSettings;
import jp.hoshin.measureevaluation.MeasureEvaluationStage;
import jp.hoshin.measureevaluation.MeasureEvaluationView;
import jp.hoshin.measureevaluation.MeasureEvaluations;
import jp.hoshin.measureevaluation.MeasureReference;
import jp.hoshin.measureevaluation.MeasureScales;
import jp.hoshin.measureevaluation.MeasureSheet;
import jp.hoshin.measureevaluation.SecondReview;
import jp.hoshin.measureevaluation.web.AssessmentForms.FirstForm;
import jp.hoshin.measureevaluation.web.AssessmentForms.SecondForm;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.TypedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of 施策評価: the year's list by the basic plan's 部 with each sheet's stage (and, for the planning section,
 * whether the year uses the external committee), and one sheet with what is read from the data, the department's
 * 一次評価 form, the planning section's 二次評価 form and the review's buttons for the roles that may take each step.
 */
@Controller
class MeasureEvaluationStaffController {

    static final String LIST_VIEW = "staff/measure-evaluations";
    static final String SHEET_VIEW = "staff/measure-evaluation";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final MeasureEvaluations evaluations;
    private final MeasureEvaluationReview review;
    private final MeasureEvaluationSettings settings;
    private final Access access;
    private final MeasureAccess measureAccess;

    MeasureEvaluationStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            MeasureEvaluations evaluations,
            MeasureEvaluationReview review,
            MeasureEvaluationSettings settings,
            Access access,
            MeasureAccess measureAccess) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.evaluations = evaluations;
        this.review = review;
        this.settings = settings;
        this.access = access;
        this.measureAccess = measureAccess;
    }

    static String base(String code, int year) {
        return "/staff/m/" + code + "/" + year + "/measure-evaluations";
    }

    /** Items grouped by the root of their measure's path (the basic plan's 部 or 基本目標), plan by plan. */
    static <T> List<GroupOf<T>> groups(
            List<T> items, java.util.function.Function<T, jp.hoshin.policyplan.PlanMeasures.Measure> measure) {
        Map<String, GroupOf<T>> groups = new LinkedHashMap<>();
        for (T item : items) {
            var m = measure.apply(item);
            String key = m.planKey() + "/" + m.area().key();
            groups.computeIfAbsent(
                            key, k -> new GroupOf<>(m.planName(), m.area().title(), new java.util.ArrayList<>()))
                    .items()
                    .add(item);
        }
        return List.copyOf(groups.values());
    }

    /** Items under one 部 of one plan. */
    record GroupOf<T>(String planName, String title, List<T> items) {}

    @GetMapping("/staff/m/{code}/{year}/measure-evaluations")
    String list(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        List<MeasureEvaluations.MeasureRow> rows = evaluations.list(m.code(), year);
        Map<MeasureEvaluationStage, Long> counts = new LinkedHashMap<>();
        for (MeasureEvaluationStage s : MeasureEvaluationStage.values()) {
            counts.put(
                    s,
                    rows.stream()
                            .filter(r ->
                                    r.evaluation().started() && r.evaluation().stage() == s)
                            .count());
        }
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("groups", groups(rows, MeasureEvaluations.MeasureRow::measure));
        model.addAttribute("total", rows.size());
        model.addAttribute(
                "notStarted",
                rows.stream().filter(r -> !r.evaluation().started()).count());
        model.addAttribute("counts", counts);
        model.addAttribute("yearSetting", settings.year(m.code(), year));
        model.addAttribute("canAdminister", access.canAdminister(m.code()) && fy.open());
        return LIST_VIEW;
    }

    /** Whether the year's sheets go through the external committee (planning section). */
    @PostMapping("/staff/m/{code}/{year}/measure-evaluations/committee")
    String committee(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(defaultValue = "false") boolean used,
            @RequestParam long version,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        fiscalYears.get(code, year).requireOpen();
        try {
            settings.useCommittee(code, year, used, version);
            redirect.addFlashAttribute(
                    "flash",
                    Messages.get(
                            used
                                    ? "measureEvaluation.flash.committeeUsed"
                                    : "measureEvaluation.flash.committeeNotUsed"));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + base(code, year);
    }

    @GetMapping("/staff/m/{code}/{year}/measure-evaluations/{plan}/{key}")
    String sheet(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String plan,
            @PathVariable String key,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        MeasureSheet sheet = evaluations.sheet(new MeasureReference(m.code(), year, plan, key));
        return show(
                m, year, sheet, FirstForm.of(sheet.evaluation()), null, SecondForm.of(sheet.evaluation()), null, model);
    }

    @PostMapping("/staff/m/{code}/{year}/measure-evaluations/{plan}/{key}/first")
    String first(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String plan,
            @PathVariable String key,
            @ModelAttribute("firstForm") FirstForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        MeasureReference ref = new MeasureReference(m.code(), year, plan, key);
        MeasureSheet sheet = evaluations.sheet(ref);
        measureAccess.requireFirst(m.code(), sheet.measure(), sheet.evaluation().stage());
        MeasureScales scales = evaluations.scales(m.code());
        FirstAssessment assessment =
                form.validate(errors, scales.progressLevels(), scales.directions(), sheet.evaluation());
        if (assessment != null) {
            try {
                MeasureEvaluationView saved = evaluations.recordFirstAssessment(ref, form.version, assessment);
                if (form.submitting()) {
                    review.submitFirstEvaluation(ref, saved.version(), access.currentUsername());
                    redirect.addFlashAttribute("flash", Messages.get("measureEvaluation.flash.firstSubmitted"));
                } else {
                    redirect.addFlashAttribute("flash", Messages.get("measureEvaluation.flash.firstSaved"));
                }
                return "redirect:" + base(m.code(), year) + "/" + plan + "/" + key;
            } catch (ConcurrentEditException | BusinessRuleException | IllegalArgumentException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("saveRefused", true);
        return show(m, year, evaluations.sheet(ref), form, errors, SecondForm.of(sheet.evaluation()), null, model);
    }

    @PostMapping("/staff/m/{code}/{year}/measure-evaluations/{plan}/{key}/second")
    String second(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String plan,
            @PathVariable String key,
            @ModelAttribute("secondForm") SecondForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MeasureReference ref = new MeasureReference(m.code(), year, plan, key);
        MeasureSheet sheet = evaluations.sheet(ref);
        SecondReview second = form.validate(errors, evaluations.scales(m.code()).progressLevels(), sheet.evaluation());
        if (second != null) {
            try {
                review.recordSecondReview(ref, form.version, second, access.currentUsername());
                redirect.addFlashAttribute("flash", Messages.get("measureEvaluation.flash.secondRecorded"));
                return "redirect:" + base(m.code(), year) + "/" + plan + "/" + key;
            } catch (ConcurrentEditException | BusinessRuleException | IllegalArgumentException e) {
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("saveRefused", true);
        return show(m, year, sheet, FirstForm.of(sheet.evaluation()), null, form, errors, model);
    }

    /** 差し戻し and 改訂 (with a reason), 外部評価へ, 確定, 公表: the planning section. */
    @PostMapping(
            "/staff/m/{code}/{year}/measure-evaluations/{plan}/{key}/{step:send-back|to-committee|finalize|publish|revise}")
    String step(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String plan,
            @PathVariable String key,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        String by = access.currentUsername();
        MeasureReference ref = new MeasureReference(code, year, plan, key);
        try {
            String done = switch (step) {
                case "send-back" -> {
                    review.sendBack(ref, version, by, JapaneseText.text(comment));
                    yield "measureEvaluation.flash.sentBack";
                }
                case "to-committee" -> {
                    review.sendToCommittee(ref, version, by);
                    yield "measureEvaluation.flash.toCommittee";
                }
                case "finalize" -> {
                    review.finalizeEvaluation(ref, version, by);
                    yield "measureEvaluation.flash.finalized";
                }
                case "publish" -> {
                    review.publish(ref, version, by);
                    yield "measureEvaluation.flash.published";
                }
                default -> {
                    review.startRevision(ref, version, by, JapaneseText.text(comment));
                    yield "measureEvaluation.flash.revisionStarted";
                }
            };
            redirect.addFlashAttribute("flash", Messages.get(done));
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            TypedForm.keep(redirect, e);
        }
        return "redirect:" + base(code, year) + "/" + plan + "/" + key;
    }

    private String show(
            MunicipalityView m,
            int year,
            MeasureSheet sheet,
            FirstForm firstForm,
            @org.jspecify.annotations.Nullable BindingResult firstErrors,
            SecondForm secondForm,
            @org.jspecify.annotations.Nullable BindingResult secondErrors,
            Model model) {
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        boolean open = fy.open();
        boolean admin = access.canAdminister(m.code()) && open;
        MeasureEvaluationView e = sheet.evaluation();
        MeasureEvaluationStage stage = e.stage();
        boolean committee = evaluations.committeeStage(m.code(), year);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("sheet", sheet);
        model.addAttribute("steps", evaluations.steps(e.reference()));
        model.addAttribute("scales", evaluations.scales(m.code()));
        model.addAttribute("committeeStage", committee);
        model.addAttribute("firstForm", firstForm);
        model.addAttribute(
                BindingResult.MODEL_KEY_PREFIX + "firstForm",
                firstErrors != null ? firstErrors : new DirectFieldBindingResult(firstForm, "firstForm"));
        model.addAttribute("secondForm", secondForm);
        model.addAttribute(
                BindingResult.MODEL_KEY_PREFIX + "secondForm",
                secondErrors != null ? secondErrors : new DirectFieldBindingResult(secondForm, "secondForm"));
        model.addAttribute("canFirst", open && measureAccess.canWriteFirst(m.code(), sheet.measure(), stage));
        boolean atSecond = e.started() && stage == MeasureEvaluationStage.SECOND;
        model.addAttribute("canSecond", admin && atSecond);
        model.addAttribute("canToCommittee", admin && atSecond && committee);
        model.addAttribute(
                "canFinalize", admin && (stage == MeasureEvaluationStage.EXTERNAL || atSecond && !committee));
        model.addAttribute("canPublish", admin && stage == MeasureEvaluationStage.FINALIZED);
        model.addAttribute("canRevise", admin && stage.frozen());
        return SHEET_VIEW;
    }
}
