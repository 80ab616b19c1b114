package jp.hoshin.organization.web;

import java.util.List;
import java.util.function.Function;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.organization.Reorganization;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import jp.hoshin.shared.web.TypedForm;
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
 * Staff pages of a year's organisation. Everyone of the municipality reads; department editors
 * edit their own departments; planning administrators edit all and change the structure
 * (新設・名称変更・統合・分割・廃止).
 */
@Controller
class DepartmentStaffController {

    static final String LIST_VIEW = "staff/departments";
    static final String EDIT_VIEW = "staff/department-edit";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final Reorganization reorganization;
    private final Access access;

    DepartmentStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            Reorganization reorganization,
            Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.reorganization = reorganization;
        this.access = access;
    }

    private MunicipalityView context(String code, int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("canAdminister", access.canAdminister(m.code()) && fy.open());
        return m;
    }

    @GetMapping("/staff/m/{code}/{year}/departments")
    String list(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = context(code, year, model);
        List<DepartmentView> departments = organization.departments(m.code(), year);
        model.addAttribute("departments", departments);
        model.addAttribute(
                "editable",
                departments.stream()
                        .filter(d -> access.canEditDepartment(m.code(), d.code()))
                        .map(DepartmentView::code)
                        .toList());
        return LIST_VIEW;
    }

    @PostMapping("/staff/m/{code}/{year}/departments")
    String establish(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam String newCode,
            @RequestParam String newName,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            DepartmentView d = reorganization.establish(m.code(), year, newCode, newName, List.of());
            redirect.addFlashAttribute("flash", Messages.get("organization.flash.established", d.name()));
            return "redirect:/staff/m/" + m.code() + "/" + year + "/departments/" + d.code();
        } catch (BusinessRuleException e) {
            TypedForm.keep(redirect, e);
            return "redirect:/staff/m/" + m.code() + "/" + year + "/departments";
        }
    }

    @GetMapping("/staff/m/{code}/{year}/departments/{department}")
    String edit(@PathVariable String code, @PathVariable int year, @PathVariable String department, Model model) {
        MunicipalityView m = context(code, year, model);
        DepartmentView d = organization.department(m.code(), year, department);
        return showEdit(m, d, DepartmentForm.of(d), model);
    }

    @PostMapping("/staff/m/{code}/{year}/departments/{department}")
    String save(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @ModelAttribute("form") DepartmentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = context(code, year, model);
        DepartmentView d = organization.department(m.code(), year, department);
        access.requireDepartmentEdit(m.code(), d.code());
        DepartmentProfile profile = form.validate(errors);
        if (profile == null) {
            return showEdit(m, d, form, model);
        }
        try {
            organization.describe(m.code(), year, d.code(), form.getVersion(), profile, form.sectionNames());
        } catch (ConcurrentEditException | BusinessRuleException e) {
            FormChecks.refused(errors, e, null);
            return showEdit(m, d, form, model);
        }
        redirect.addFlashAttribute("flash", Messages.get("organization.flash.saved", d.name()));
        return "redirect:/staff/m/" + m.code() + "/" + year + "/departments/" + d.code();
    }

    @PostMapping("/staff/m/{code}/{year}/departments/{department}/rename")
    String rename(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam long version,
            @RequestParam String newName,
            RedirectAttributes redirect) {
        return structural(code, year, department, redirect, m -> {
            reorganization.rename(m.code(), year, department, version, newName);
            return Messages.get("organization.flash.renamed", newName.strip());
        });
    }

    @PostMapping("/staff/m/{code}/{year}/departments/{department}/merge")
    String merge(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam(name = "absorbed", required = false) List<String> absorbed,
            @RequestParam(defaultValue = "") String newName,
            RedirectAttributes redirect) {
        return structural(code, year, department, redirect, m -> {
            reorganization.merge(m.code(), year, department, absorbed == null ? List.of() : absorbed, newName);
            return Messages.get("organization.flash.merged");
        });
    }

    @PostMapping("/staff/m/{code}/{year}/departments/{department}/split")
    String split(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam String newCode,
            @RequestParam String newName,
            @RequestParam(name = "sections", required = false) List<String> sections,
            RedirectAttributes redirect) {
        return structural(code, year, department, redirect, m -> {
            DepartmentView created = reorganization.split(
                    m.code(), year, department, newCode, newName, sections == null ? List.of() : sections);
            return Messages.get("organization.flash.split", created.name());
        });
    }

    @PostMapping("/staff/m/{code}/{year}/departments/{department}/abolish")
    String abolish(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam long version,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            reorganization.abolish(m.code(), year, department, version);
            redirect.addFlashAttribute("flash", Messages.get("organization.flash.abolished"));
        } catch (BusinessRuleException | ConcurrentEditException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/staff/m/" + m.code() + "/" + year + "/departments/" + department;
        }
        return "redirect:/staff/m/" + m.code() + "/" + year + "/departments";
    }

    private String structural(
            String code,
            int year,
            String department,
            RedirectAttributes redirect,
            Function<MunicipalityView, String> act) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            redirect.addFlashAttribute("flash", act.apply(m));
        } catch (BusinessRuleException | ConcurrentEditException e) {
            TypedForm.keep(redirect, e);
        }
        return "redirect:/staff/m/" + m.code() + "/" + year + "/departments/" + department;
    }

    private String showEdit(MunicipalityView m, DepartmentView d, DepartmentForm form, Model model) {
        FiscalYearView fy = (FiscalYearView) model.getAttribute("fiscalYear");
        model.addAttribute("department", d);
        model.addAttribute("form", form);
        model.addAttribute("canEdit", fy != null && fy.open() && access.canEditDepartment(m.code(), d.code()));
        model.addAttribute("canReadHistory", access.canAdminister(m.code()));
        model.addAttribute(
                "others",
                organization.departments(m.code(), fy.year().startYear()).stream()
                        .filter(o -> !o.code().equals(d.code()))
                        .toList());
        return EDIT_VIEW;
    }
}
