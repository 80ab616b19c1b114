package jp.hoshin.departmentplan.web;

import jp.hoshin.departmentplan.PlanComparisons;
import jp.hoshin.departmentplan.PlanCopy;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.Organization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Between years: 「前年度の内容を写す」 (the department's editors, with a confirmation page before a draft that holds
 * something is overwritten) and the compare page (any staff of the municipality, the mayor's office included): the
 * finalised version beside its revision, or two years of the department side by side.
 */
@Controller
class PlanYearsController {

    static final String CONFIRM_VIEW = "staff/plan-copy";
    static final String COMPARE_VIEW = "staff/plan-compare";
    private static final String PLAN = "/staff/m/{code}/{year}/plans/{department}";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final PlanCopy copy;
    private final PlanComparisons comparisons;
    private final Access access;
    private final PlanActs acts;

    PlanYearsController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            PlanCopy copy,
            PlanComparisons comparisons,
            Access access,
            PlanActs acts) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.copy = copy;
        this.comparisons = comparisons;
        this.access = access;
        this.acts = acts;
    }

    /** The confirmation before copying: what would be copied, and that the draft's own content would be replaced. */
    @GetMapping(PLAN + "/copy-from-earlier")
    String confirmCopy(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam(required = false) @Nullable Long version,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireDepartmentEdit(m.code(), department);
        PlanReference ref = new PlanReference(m.code(), year, department);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fiscalYears.get(m.code(), year));
        model.addAttribute("department", organization.department(m.code(), year, department));
        model.addAttribute("source", copy.source(ref).orElse(null));
        model.addAttribute("overwrite", copy.wouldOverwrite(ref));
        model.addAttribute("version", version);
        return CONFIRM_VIEW;
    }

    @PostMapping(PLAN + "/copy-from-earlier")
    String copy(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(defaultValue = "false") boolean overwrite,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireDepartmentEdit(m.code(), department);
        PlanReference ref = new PlanReference(m.code(), year, department);
        if (!overwrite && copy.wouldOverwrite(ref)) {
            return "redirect:" + PlanActs.page(m.code(), year, department) + "/copy-from-earlier"
                    + (version == null ? "" : "?version=" + version);
        }
        return acts.run(ref, redirect, () -> {
            var source = copy.source(ref)
                    .orElseThrow(() -> new BusinessRuleException(Messages.get("departmentplan.copy.noSource")));
            copy.copyFromEarlierYear(ref, version, overwrite);
            return Messages.get(
                    "departmentplan.copy.done",
                    fiscalYears.get(m.code(), source.year()).year().label(),
                    source.departmentName(),
                    String.valueOf(source.continued()),
                    String.valueOf(source.unfinished()));
        });
    }

    /** Without {@code with}: the finalised version beside the plan as it stands; with a year: the two years. */
    @GetMapping(PLAN + "/compare")
    String compare(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam(name = "with", required = false) @Nullable Integer with,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        PlanReference ref = new PlanReference(m.code(), year, department);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fiscalYears.get(m.code(), year));
        model.addAttribute("department", organization.department(m.code(), year, department));
        model.addAttribute("otherYears", comparisons.otherYears(ref));
        model.addAttribute("with", with);
        try {
            model.addAttribute("compared", with == null ? comparisons.revision(ref) : comparisons.years(ref, with));
        } catch (BusinessRuleException e) {
            model.addAttribute("compared", null);
            model.addAttribute("notComparable", e.getMessage());
        }
        return COMPARE_VIEW;
    }
}
