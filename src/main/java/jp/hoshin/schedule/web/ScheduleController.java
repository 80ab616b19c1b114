package jp.hoshin.schedule.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffAccountView;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.schedule.DeadlineView;
import jp.hoshin.schedule.ScheduleStep;
import jp.hoshin.schedule.ScheduleView;
import jp.hoshin.schedule.Schedules;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 年間スケジュール: the planning section sets the year's deadlines and 担当者; other staff of the municipality read them. */
@Controller
class ScheduleController {

    static final String VIEW = "staff/schedule";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final Schedules schedules;
    private final StaffAccounts accounts;
    private final Access access;

    ScheduleController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            Schedules schedules,
            StaffAccounts accounts,
            Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.schedules = schedules;
        this.accounts = accounts;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/{year}/schedule")
    String show(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        ScheduleView schedule = schedules.schedule(m.code(), year);
        return view(m, fiscalYears.get(m.code(), year), schedule, ScheduleForm.of(schedule), model);
    }

    @PostMapping("/staff/m/{code}/{year}/schedule")
    String save(
            @PathVariable String code,
            @PathVariable int year,
            @ModelAttribute("form") ScheduleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        List<DeadlineView> rows = read(form, errors, fy, m.code());
        ScheduleView current = schedules.schedule(m.code(), year);
        if (errors.hasErrors()) {
            return view(m, fy, current, form, model);
        }
        try {
            schedules.save(m.code(), year, form.getVersion(), rows);
        } catch (ConcurrentEditException e) {
            model.addAttribute("formError", e.getMessage());
            return view(m, fy, current, form, model);
        } catch (BusinessRuleException e) {
            model.addAttribute("formError", e.getMessage());
            return view(m, fy, current, form, model);
        }
        redirect.addFlashAttribute(
                "flash", Messages.get("schedule.flash.saved", fy.year().label()));
        return "redirect:/staff/m/" + m.code() + "/" + year + "/schedule";
    }

    /** The lines as deadlines, each problem put next to its field. */
    private List<DeadlineView> read(ScheduleForm form, BindingResult errors, FiscalYearView fy, String code) {
        Set<String> departments =
                organization.departments(fy).stream().map(DepartmentView::code).collect(Collectors.toSet());
        Set<String> usernames =
                accounts.list(code).stream().map(StaffAccountView::username).collect(Collectors.toSet());
        List<DeadlineView> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> checkpoints = new HashSet<>();
        List<ScheduleForm.Line> lines = form.getLines();
        for (int i = 0; i < lines.size(); i++) {
            ScheduleForm.Line line = lines.get(i);
            String field = "lines[" + i + "]";
            normaliseStep(line);
            String due = JapaneseText.text(line.getDue());
            String assignee = JapaneseText.text(line.getAssignee());
            String department = JapaneseText.text(line.getDepartment());
            ScheduleStep step = line.stepValue();
            if (line.isPerDepartment()) {
                if (department.isEmpty() && line.getStep().isEmpty() && due.isEmpty() && assignee.isEmpty()) {
                    continue;
                }
                if (!departments.contains(department)) {
                    errors.rejectValue(field + ".department", "department", Messages.get("schedule.form.department"));
                }
                if (step == null || !step.perDepartment() || !checkpoints.contains(line.stepKey())) {
                    errors.rejectValue(field + ".step", "step", Messages.get("schedule.form.step"));
                    continue;
                }
                if (due.isEmpty() && assignee.isEmpty()) {
                    errors.rejectValue(field + ".due", "empty", Messages.get("schedule.form.overrideEmpty"));
                    continue;
                }
                if (!seen.add(department + "/" + line.stepKey())) {
                    errors.rejectValue(field + ".step", "duplicate", Messages.get("schedule.form.duplicate"));
                    continue;
                }
            } else {
                if (step == null
                        || line.getCheckpoint() < 0
                        || line.getCheckpoint() > 12
                        || (step == ScheduleStep.MIDYEAR) != (line.getCheckpoint() > 0)) {
                    errors.reject("step", Messages.get("schedule.form.step"));
                    continue;
                }
                if (step == ScheduleStep.MIDYEAR && line.getCheckpoint() > 1 && due.isEmpty() && assignee.isEmpty()) {
                    continue; // an extra checkpoint left empty, or one taken away
                }
                if (!seen.add("/" + line.stepKey())) {
                    errors.reject("step", Messages.get("schedule.form.step"));
                    continue;
                }
                checkpoints.add(line.stepKey());
            }
            LocalDate date = date(errors, field + ".due", due, step, fy.year());
            if (!assignee.isEmpty() && !usernames.contains(assignee)) {
                errors.rejectValue(field + ".assignee", "assignee", Messages.get("schedule.form.assignee", assignee));
            }
            rows.add(new DeadlineView(
                    step,
                    line.getCheckpoint(),
                    line.isPerDepartment() ? department : null,
                    date,
                    assignee.isEmpty() ? null : assignee));
        }
        return rows;
    }

    /** A department line's step comes as STEP or STEP-n (a 中間確認 checkpoint). */
    private static void normaliseStep(ScheduleForm.Line line) {
        String step = JapaneseText.text(line.getStep());
        int dash = step.lastIndexOf('-');
        if (line.isPerDepartment() && dash > 0) {
            JapaneseText.parseWholeNumber(step.substring(dash + 1)).ifPresent(n -> {
                if (n >= 0 && n <= 12) {
                    line.setCheckpoint(n.intValue());
                }
            });
            step = step.substring(0, dash);
        } else if (line.isPerDepartment()) {
            line.setCheckpoint(0);
        }
        line.setStep(step);
    }

    private static @Nullable LocalDate date(
            BindingResult errors, String field, String text, ScheduleStep step, FiscalYear year) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            var parsed = JapaneseDates.parse(text);
            if (parsed.isEmpty() || parsed.get().precision() != JapaneseDates.Precision.DAY) {
                errors.rejectValue(field, "date", Messages.get("schedule.form.date"));
                return null;
            }
            LocalDate date = parsed.get().date();
            if (!step.allows(year, date)) {
                errors.rejectValue(
                        field,
                        "outside",
                        Messages.get(
                                "schedule.form.outside",
                                step.label(),
                                JapaneseDates.format(step.earliest(year)),
                                JapaneseDates.format(step.latest(year))));
                return null;
            }
            return date;
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "date", Messages.get("schedule.form.date"));
            return null;
        }
    }

    private String view(MunicipalityView m, FiscalYearView fy, ScheduleView schedule, ScheduleForm form, Model model) {
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("schedule", schedule);
        model.addAttribute("form", form);
        model.addAttribute("canEdit", access.canAdminister(m.code()) && fy.open());
        model.addAttribute("canReview", access.canReview(m.code()));
        model.addAttribute("departments", organization.departments(fy));
        model.addAttribute(
                "accounts",
                accounts.list(m.code()).stream()
                        .filter(StaffAccountView::enabled)
                        .toList());
        model.addAttribute(
                "departmentSteps",
                form.getLines().stream()
                        .filter(l -> !l.isPerDepartment()
                                && l.stepValue() != null
                                && l.stepValue().perDepartment())
                        .map(l -> Map.entry(l.stepKey(), l.label()))
                        .toList());
        return VIEW;
    }
}
