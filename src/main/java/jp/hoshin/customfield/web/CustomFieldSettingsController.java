package jp.hoshin.customfield.web;

import java.util.List;

import jp.hoshin.customfield.CustomFields;
import jp.hoshin.customfield.DefinitionDraft;
import jp.hoshin.customfield.FieldDefinitionView;
import jp.hoshin.customfield.FieldKind;
import jp.hoshin.customfield.FieldTarget;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 独自項目の設定 — the planning section defines the extra fields of plans, projects and evaluation sheets. */
@Controller
class CustomFieldSettingsController {

    static final String VIEW = "staff/custom-fields";
    private static final String PAGE = "/staff/m/{code}/custom-fields";

    private final Municipalities municipalities;
    private final CustomFields fields;
    private final Access access;

    CustomFieldSettingsController(Municipalities municipalities, CustomFields fields, Access access) {
        this.municipalities = municipalities;
        this.fields = fields;
        this.access = access;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        return show(m, new DefinitionForm(), null, model);
    }

    @GetMapping(PAGE + "/{id}")
    String edit(@PathVariable String code, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        FieldDefinitionView d = definition(m.code(), id);
        return show(m, DefinitionForm.of(d), d, model);
    }

    @PostMapping(PAGE)
    String define(
            @PathVariable String code,
            @ModelAttribute("form") DefinitionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        FieldTarget target = form.targetOrNull();
        DefinitionDraft draft = form.draft(errors, next(m.code(), target));
        if (draft == null || target == null) {
            return show(m, form, null, model);
        }
        try {
            fields.define(m.code(), target, draft);
        } catch (BusinessRuleException | IllegalArgumentException e) {
            FormChecks.refused(errors, e, "label");
            return show(m, form, null, model);
        }
        redirect.addFlashAttribute("flash", Messages.get("customfield.flash.defined", draft.label()));
        return "redirect:/staff/m/" + m.code() + "/custom-fields";
    }

    @PostMapping(PAGE + "/{id}")
    String change(
            @PathVariable String code,
            @PathVariable long id,
            @ModelAttribute("form") DefinitionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        FieldDefinitionView d = definition(m.code(), id);
        form.setTarget(d.target().name());
        DefinitionDraft draft = form.draft(errors, d.position());
        if (draft == null) {
            return show(m, form, d, model);
        }
        try {
            fields.change(m.code(), id, form.getVersion(), draft);
        } catch (ConcurrentEditException e) {
            errors.reject("conflict", e.getMessage());
            return show(m, form, d, model);
        } catch (BusinessRuleException | IllegalArgumentException e) {
            FormChecks.refused(errors, e, "label");
            return show(m, form, d, model);
        }
        redirect.addFlashAttribute("flash", Messages.get("customfield.flash.changed", draft.label()));
        return "redirect:/staff/m/" + m.code() + "/custom-fields";
    }

    @PostMapping(PAGE + "/{id}/remove")
    String remove(
            @PathVariable String code, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        FieldDefinitionView d = definition(m.code(), id);
        try {
            fields.remove(m.code(), id, version);
            redirect.addFlashAttribute("flash", Messages.get("customfield.flash.removed", d.label()));
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/staff/m/" + m.code() + "/custom-fields";
    }

    private String show(MunicipalityView m, DefinitionForm form, FieldDefinitionView editing, Model model) {
        model.addAttribute("municipality", m);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("targets", FieldTarget.values());
        model.addAttribute("kinds", FieldKind.values());
        List<FieldDefinitionView> all = fields.definitions(m.code());
        model.addAttribute("definitions", all);
        return VIEW;
    }

    private FieldDefinitionView definition(String code, long id) {
        return fields.definitions(code).stream()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow(
                        () -> new jp.hoshin.shared.NotFoundException(Messages.get("customfield.definition.notFound")));
    }

    private int next(String code, FieldTarget target) {
        if (target == null) {
            return 1;
        }
        return fields.definitions(code, target).stream()
                        .mapToInt(FieldDefinitionView::position)
                        .max()
                        .orElse(0)
                + 1;
    }
}
