package jp.hoshin.departmentplan.web;

import java.util.ArrayList;
import java.util.List;

import jp.hoshin.departmentplan.PlanPublicationNames;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.departmentplan.ProgressScales;
import jp.hoshin.departmentplan.PublicationNames;
import jp.hoshin.departmentplan.ScaleKind;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 運営方針と目標の設定 — the planning section's municipality-wide settings of the department goals: the result scale
 * (達成状況の区分: labels, order, which count as achieved) and the names of the publications. Every staff member of the
 * municipality reads them; only the planning section saves.
 */
@Controller
class PlanSettingsController {

    static final String VIEW = "staff/plan-settings";
    private static final String PAGE = "/staff/m/{code}/plan-settings";

    private final Municipalities municipalities;
    private final ProgressScales scales;
    private final PlanPublicationNames names;
    private final Access access;

    PlanSettingsController(
            Municipalities municipalities, ProgressScales scales, PlanPublicationNames names, Access access) {
        this.municipalities = municipalities;
        this.scales = scales;
        this.names = names;
        this.access = access;
    }

    static String page(String code) {
        return "/staff/m/" + code + "/plan-settings";
    }

    @GetMapping(PAGE)
    String settings(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("scale", scales.setting(m.code(), ScaleKind.RESULT));
        model.addAttribute("maxLevels", ProgressScale.MAX_LEVELS);
        model.addAttribute("names", names.setting(m.code()));
        model.addAttribute("canAdminister", access.canAdminister(m.code()));
        return VIEW;
    }

    /** The result scale as typed comes back with the reason when it is refused (labels and ticks alike). */
    @PostMapping(PAGE + "/result-scale")
    String saveScale(
            @PathVariable String code, @ModelAttribute MidYearForms.ScaleForm form, RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            scales.save(m.code(), ScaleKind.RESULT, form.edited(), form.scale());
            redirect.addFlashAttribute("flash", Messages.get("departmentplan.settings.scaleSaved"));
            return "redirect:" + page(m.code());
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            redirect.addFlashAttribute("scaleProblem", e.getMessage());
            redirect.addFlashAttribute("flashError", Messages.get("form.errors"));
            redirect.addFlashAttribute("scaleTyped", new ArrayList<>(form.label() == null ? List.of() : form.label()));
            redirect.addFlashAttribute(
                    "scaleTicked", new ArrayList<>(form.onSchedule() == null ? List.of() : form.onSchedule()));
        }
        return "redirect:" + page(m.code()) + "#result-scale";
    }

    /** The publication names as typed come back with the reason when they are refused. */
    @PostMapping(PAGE + "/names")
    String saveNames(@PathVariable String code, @ModelAttribute NamesForm form, RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            names.save(m.code(), form.edited(), new PublicationNames(form.plans(), form.results()));
            redirect.addFlashAttribute("flash", Messages.get("departmentplan.settings.namesSaved"));
            return "redirect:" + page(m.code());
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            redirect.addFlashAttribute("namesProblem", e.getMessage());
            redirect.addFlashAttribute("flashError", Messages.get("form.errors"));
            redirect.addFlashAttribute("namesTyped", form);
        }
        return "redirect:" + page(m.code()) + "#names";
    }

    /** The names as typed (kept in the session's flash after a refusal, so serializable). */
    record NamesForm(
            @Nullable String version,
            @Nullable String plans,
            @Nullable String results) implements java.io.Serializable {

        @Nullable
        Long edited() {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        }
    }
}
