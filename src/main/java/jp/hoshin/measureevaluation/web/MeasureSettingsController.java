package jp.hoshin.measureevaluation.web;

import jp.hoshin.identity.Access;
import jp.hoshin.measureevaluation.MeasureEvaluationSettings;
import jp.hoshin.measureevaluation.MeasureScales;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.SettingPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 施策評価の設定 — the planning section sets its municipality's 進捗 scale and 今後の方向性 list. A stale version is refused;
 * what was typed comes back with the message next to the field.
 */
@Controller
class MeasureSettingsController {

    static final String VIEW = "staff/measure-evaluation-settings";

    private final Municipalities municipalities;
    private final MeasureEvaluationSettings settings;
    private final Access access;

    MeasureSettingsController(Municipalities municipalities, MeasureEvaluationSettings settings, Access access) {
        this.municipalities = municipalities;
        this.settings = settings;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/measure-evaluation-settings")
    String show(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MeasureEvaluationSettings.Current current = settings.current(m.code());
        return page(m, current, ScalesForm.of(current), model);
    }

    @PostMapping("/staff/m/{code}/measure-evaluation-settings")
    String save(
            @PathVariable String code,
            @ModelAttribute("form") ScalesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MeasureScales scales = form.validate(errors);
        if (scales != null && SettingPages.saved(errors, () -> settings.save(m.code(), scales, form.version))) {
            redirect.addFlashAttribute("flash", Messages.get("measureEvaluation.settings.saved"));
            return "redirect:/staff/m/" + m.code() + "/measure-evaluation-settings";
        }
        return page(m, settings.current(m.code()), form, model);
    }

    private String page(MunicipalityView m, MeasureEvaluationSettings.Current current, ScalesForm form, Model model) {
        model.addAttribute("municipality", m);
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        return VIEW;
    }
}
