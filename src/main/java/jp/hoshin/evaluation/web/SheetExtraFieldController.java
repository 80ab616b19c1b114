package jp.hoshin.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;

import jp.hoshin.customfield.CustomFields;
import jp.hoshin.customfield.ExtraFieldsRefusedException;
import jp.hoshin.customfield.RefusedInput;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.SheetExtraFields;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sheet's editors write its 独自項目 (extra fields); a wrong value comes back next to its field with what was typed,
 * nothing saved.
 */
@Controller
class SheetExtraFieldController {

    private final Municipalities municipalities;
    private final Evaluations evaluations;
    private final SheetExtraFields extraFields;
    private final Access access;

    SheetExtraFieldController(
            Municipalities municipalities, Evaluations evaluations, SheetExtraFields extraFields, Access access) {
        this.municipalities = municipalities;
        this.evaluations = evaluations;
        this.extraFields = extraFields;
        this.access = access;
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}/extra-fields")
    String write(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int number,
            @RequestParam long version,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        SheetReference ref = new SheetReference(m.code(), year, number);
        EvaluationSheetView sheet = evaluations.get(ref);
        access.requireEvaluationEdit(m.code(), sheet.departmentCode(), sheet.stage() == EvaluationStage.FIRST);
        try {
            extraFields.write(ref, version, CustomFields.typed(request.getParameterMap()));
            redirect.addFlashAttribute("flash", Messages.get("evaluation.extraFields.saved"));
        } catch (ExtraFieldsRefusedException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            redirect.addFlashAttribute("extraRefused", RefusedInput.of("sheet", e));
        } catch (BusinessRuleException | ConcurrentEditException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/staff/m/" + m.code() + "/" + year + "/evaluations/" + number;
    }
}
