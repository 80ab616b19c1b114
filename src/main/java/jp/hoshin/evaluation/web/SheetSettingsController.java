package jp.hoshin.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.hoshin.evaluation.ColumnKind;
import jp.hoshin.evaluation.SheetLayout;
import jp.hoshin.evaluation.SheetSettings;
import jp.hoshin.evaluation.YearColumn;
import jp.hoshin.identity.Access;
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
 * 評価シートの様式 — the planning section sets its municipality's year columns (how many, which year relative to the
 * sheet's, 決算 / 予算 / 見込 / 要求) and its list of 今後の方向性. A stale version is refused; what was typed comes back.
 */
@Controller
class SheetSettingsController {

    static final String VIEW = "staff/evaluation-settings";

    private final Municipalities municipalities;
    private final SheetSettings settings;
    private final Access access;

    SheetSettingsController(Municipalities municipalities, SheetSettings settings, Access access) {
        this.municipalities = municipalities;
        this.settings = settings;
        this.access = access;
    }

    static String path(String code) {
        return "/staff/m/" + code + "/evaluation-settings";
    }

    @GetMapping("/staff/m/{code}/evaluation-settings")
    String show(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        SheetSettings.Current current = settings.current(m.code());
        return page(m, current, SheetSettingsForm.of(current.layout(), current.version()), model);
    }

    @PostMapping("/staff/m/{code}/evaluation-settings")
    String save(
            @PathVariable String code,
            @ModelAttribute("form") SheetSettingsForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        SheetLayout layout = form.validate(errors);
        if (layout != null
                && SettingPages.saved(
                        errors, () -> settings.save(m.code(), layout, form.version), IllegalArgumentException.class)) {
            redirect.addFlashAttribute("flash", Messages.get("evaluation.settings.saved"));
            return "redirect:" + path(m.code());
        }
        return page(m, settings.current(m.code()), form, model);
    }

    private String page(MunicipalityView m, SheetSettings.Current current, SheetSettingsForm form, Model model) {
        model.addAttribute("municipality", m);
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        Map<String, String> years = new LinkedHashMap<>();
        for (int o = YearColumn.EARLIEST; o <= YearColumn.LATEST; o++) {
            years.put(Integer.toString(o), new YearColumn(o, null).relativeName());
        }
        model.addAttribute("offsets", years);
        model.addAttribute("kinds", ColumnKind.values());
        return VIEW;
    }
}
