package jp.hoshin.municipality.web;

import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.LocalGovernmentCode;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a municipality (deployment administrators) and its settings (its administrators). */
@Controller
class MunicipalityAdminController {

    static final String SETTINGS_VIEW = "staff/municipality-settings";
    static final String NEW_VIEW = "staff/municipality-new";

    private final Municipalities municipalities;
    private final Access access;

    MunicipalityAdminController(Municipalities municipalities, Access access) {
        this.municipalities = municipalities;
        this.access = access;
    }

    /** The settings form; also used to register a new municipality. */
    public static class MunicipalityForm {
        private String code = "";
        private String name = "";
        private String nameKana = "";
        private String prefecture = "";
        private String publicNote = "";
        private long version;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNameKana() {
            return nameKana;
        }

        public void setNameKana(String nameKana) {
            this.nameKana = nameKana;
        }

        public String getPrefecture() {
            return prefecture;
        }

        public void setPrefecture(String prefecture) {
            this.prefecture = prefecture;
        }

        public String getPublicNote() {
            return publicNote;
        }

        public void setPublicNote(String publicNote) {
            this.publicNote = publicNote;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        void validate(BindingResult errors, boolean withCode) {
            if (withCode) {
                try {
                    new LocalGovernmentCode(code);
                } catch (IllegalArgumentException e) {
                    errors.rejectValue("code", "invalid", e.getMessage());
                }
            }
            FormChecks.required(errors, "name", name, "自治体名", 60);
            FormChecks.optional(errors, "nameKana", nameKana, "自治体名（ふりがな）", 120);
            FormChecks.kana(errors, "nameKana", nameKana, "自治体名（ふりがな）");
            FormChecks.required(errors, "prefecture", prefecture, "都道府県", 10);
            FormChecks.optional(errors, "publicNote", publicNote, "公開ページの紹介文", 2000);
        }
    }

    @GetMapping("/staff/municipalities/new")
    String newForm(Model model) {
        access.requireDeploymentAdministrator();
        model.addAttribute("form", new MunicipalityForm());
        return NEW_VIEW;
    }

    @PostMapping("/staff/municipalities")
    String register(@ModelAttribute("form") MunicipalityForm form, BindingResult errors, RedirectAttributes redirect) {
        access.requireDeploymentAdministrator();
        form.validate(errors, true);
        if (errors.hasErrors()) {
            return NEW_VIEW;
        }
        try {
            MunicipalityView m = municipalities.register(
                    new LocalGovernmentCode(form.getCode()), form.getName(), form.getNameKana(), form.getPrefecture());
            redirect.addFlashAttribute("flash", Messages.get("municipality.flash.registered", m.name()));
            return "redirect:/staff/m/" + m.code();
        } catch (BusinessRuleException e) {
            errors.rejectValue("code", "duplicate", e.getMessage());
            return NEW_VIEW;
        }
    }

    @GetMapping("/staff/m/{code}/settings")
    String settings(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MunicipalityForm form = new MunicipalityForm();
        form.setCode(m.code());
        form.setName(m.name());
        form.setNameKana(m.nameKana() == null ? "" : m.nameKana());
        form.setPrefecture(m.prefecture());
        form.setPublicNote(m.publicNote() == null ? "" : m.publicNote());
        form.setVersion(m.version());
        model.addAttribute("municipality", m);
        model.addAttribute("form", form);
        return SETTINGS_VIEW;
    }

    @PostMapping("/staff/m/{code}/settings")
    String saveSettings(
            @PathVariable String code,
            @ModelAttribute("form") MunicipalityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        form.setCode(m.code());
        form.validate(errors, false);
        model.addAttribute("municipality", m);
        if (errors.hasErrors()) {
            return SETTINGS_VIEW;
        }
        try {
            municipalities.describe(
                    m.code(),
                    form.getVersion(),
                    form.getName(),
                    form.getNameKana(),
                    form.getPrefecture(),
                    form.getPublicNote());
        } catch (ConcurrentEditException e) {
            errors.reject("conflict", e.getMessage());
            return SETTINGS_VIEW;
        }
        redirect.addFlashAttribute("flash", Messages.get("municipality.flash.settingsSaved"));
        return "redirect:/staff/m/" + m.code() + "/settings";
    }
}
