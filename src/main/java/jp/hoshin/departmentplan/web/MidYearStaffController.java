package jp.hoshin.departmentplan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.departmentplan.MidYearCheckpoints;
import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.MidYearState;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.TypedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 中間確認 — the staff pages: the planning section's overview of the year (checkpoints, the progress scale, every
 * department's check), and a department's check at a checkpoint with the acts each role may take: the department
 * records and submits (提出); the planning section confirms (確認), sends back (差し戻し) or publishes (公表).
 */
@Controller
class MidYearStaffController {

    static final String OVERVIEW_VIEW = "staff/midyear";
    static final String CHECK_VIEW = "staff/midyear-check";
    private static final String YEAR = "/staff/m/{code}/{year}/midyear";
    private static final String CHECK = "/staff/m/{code}/{year}/plans/{department}/midyear/{n}";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final MidYearChecks checks;
    private final MidYearCheckpoints checkpoints;
    private final ProgressScales scales;
    private final Access access;

    MidYearStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            MidYearChecks checks,
            MidYearCheckpoints checkpoints,
            ProgressScales scales,
            Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.checks = checks;
        this.checkpoints = checkpoints;
        this.scales = scales;
        this.access = access;
    }

    @GetMapping(YEAR)
    String overview(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("checkpoints", checkpoints.checkpoints(m.code(), year));
        List<MidYearChecks.MidYearProgress> progress = checks.progress(m.code(), year);
        model.addAttribute("progress", progress);
        model.addAttribute(
                "submittedCount",
                progress.stream().filter(p -> p.state().submitted()).count());
        model.addAttribute("scale", scales.setting(m.code(), ScaleKind.MID_YEAR));
        model.addAttribute("maxLevels", ProgressScale.MAX_LEVELS);
        model.addAttribute("canAdminister", access.canAdminister(m.code()) && fy.open());
        return OVERVIEW_VIEW;
    }

    @PostMapping(YEAR + "/checkpoints")
    String saveCheckpoint(
            @PathVariable String code,
            @PathVariable int year,
            @ModelAttribute MidYearForms.CheckpointForm form,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        Map<String, String> problems =
                MidYearForms.checkpointProblems(form, checkpoints.problems(m.code(), year, form.label(), form.date()));
        if (problems.isEmpty()) {
            try {
                checkpoints.save(m.code(), year, form.number(), form.edited(), form.label(), form.date());
                redirect.addFlashAttribute(
                        "flash",
                        Messages.get(
                                "midyear.flash.checkpointSaved", form.label().strip()));
                return "redirect:" + yearPage(m.code(), year);
            } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
                redirect.addFlashAttribute("flashError", e.getMessage());
            }
        } else {
            redirect.addFlashAttribute("flashError", Messages.get("form.errors"));
        }
        redirect.addFlashAttribute("checkpointProblems", new HashMap<>(problems));
        redirect.addFlashAttribute("checkpointTyped", form);
        return "redirect:" + yearPage(m.code(), year) + "#checkpoint-" + form.number();
    }

    @PostMapping(YEAR + "/scale")
    String saveScale(
            @PathVariable String code,
            @PathVariable int year,
            @ModelAttribute MidYearForms.ScaleForm form,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            scales.save(m.code(), ScaleKind.MID_YEAR, form.edited(), form.scale());
            redirect.addFlashAttribute("flash", Messages.get("midyear.flash.scaleSaved"));
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            // the message is about the scale as a whole: above its table, which comes back as typed
            redirect.addFlashAttribute("scaleProblem", e.getMessage());
            TypedForm.keep(redirect, Messages.get("form.errors"), Map.of());
        }
        return "redirect:" + yearPage(m.code(), year) + "#scale";
    }

    @GetMapping(CHECK)
    String check(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable int n,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        var d = organization.department(m.code(), year, department);
        MidYearChecks.Sheet sheet = checks.sheet(new PlanReference(m.code(), year, d.code()), n);
        boolean editor = access.canEditDepartment(m.code(), d.code());
        boolean admin = access.canAdminister(m.code());
        MidYearState state = sheet.state();
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("department", d);
        model.addAttribute("sheet", sheet);
        model.addAttribute(
                "canRecord", fy.open() && editor && (state == MidYearState.NOT_STARTED || state == MidYearState.DRAFT));
        model.addAttribute("canSubmit", fy.open() && editor && state == MidYearState.DRAFT);
        model.addAttribute("canConfirm", admin && state == MidYearState.SUBMITTED);
        model.addAttribute(
                "canSendBack", admin && (state == MidYearState.SUBMITTED || state == MidYearState.CONFIRMED));
        model.addAttribute("canPublish", admin && state == MidYearState.CONFIRMED);
        return CHECK_VIEW;
    }

    @PostMapping(CHECK)
    String record(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable int n,
            @ModelAttribute MidYearForms.CheckForm form,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireDepartmentEdit(m.code(), department);
        PlanReference ref = new PlanReference(m.code(), year, department);
        Map<String, String> problems = form.problems(scales.scale(m.code(), ScaleKind.MID_YEAR));
        if (problems.isEmpty()) {
            try {
                checks.record(ref, n, form.edited(), form.lines(), access.currentUsername());
                redirect.addFlashAttribute("flash", Messages.get("midyear.flash.recorded"));
                return "redirect:" + MidYearChecks.staffPath(m.code(), year, department, n);
            } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
                redirect.addFlashAttribute("flashError", e.getMessage());
            }
        } else {
            redirect.addFlashAttribute("flashError", Messages.get("form.errors"));
        }
        redirect.addFlashAttribute("problems", new HashMap<>(problems));
        redirect.addFlashAttribute("typed", form.typed());
        return "redirect:" + MidYearChecks.staffPath(m.code(), year, department, n);
    }

    @PostMapping(CHECK + "/{step:submit|confirm|send-back|publish}")
    String step(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @PathVariable int n,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        if (step.equals("submit")) {
            access.requireDepartmentEdit(m.code(), department);
        } else {
            access.requireAdminister(m.code());
        }
        String by = access.currentUsername();
        PlanReference ref = new PlanReference(m.code(), year, department);
        try {
            MidYearState done;
            switch (step) {
                case "submit" -> {
                    checks.submit(ref, n, version, by);
                    done = MidYearState.SUBMITTED;
                }
                case "confirm" -> {
                    checks.confirm(ref, n, version, by);
                    done = MidYearState.CONFIRMED;
                }
                case "send-back" -> {
                    checks.sendBack(ref, n, version, by, reason);
                    done = MidYearState.DRAFT;
                }
                default -> {
                    checks.publish(ref, n, version, by);
                    done = MidYearState.PUBLISHED;
                }
            }
            redirect.addFlashAttribute("flash", Messages.get("midyear.flash.moved", done.label()));
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            if (step.equals("send-back")) {
                redirect.addFlashAttribute("reasonProblem", e.getMessage());
                TypedForm.keep(redirect, e);
            }
        }
        return "redirect:" + MidYearChecks.staffPath(m.code(), year, department, n);
    }

    private static String yearPage(String code, int year) {
        return "/staff/m/" + code + "/" + year + "/midyear";
    }
}
