package jp.hoshin.policyplan.web;

import java.util.Map;

import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.IndicatorJudgement;
import jp.hoshin.policyplan.PlanJudgementSettings;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning section sets how a plan's indicators are judged (判定方式): today's rule with its 順調 share, or the
 * plan's own bands of the achievement rate with the city's labels (S/A/B/C, ◎○△×). The page shows the rule as the
 * public pages will state it.
 */
@Controller
class PlanJudgementController {

    static final String VIEW = "staff/policy-judgement";

    private final Municipalities municipalities;
    private final PolicyPlans plans;
    private final PlanJudgementSettings settings;
    private final Access access;

    PlanJudgementController(
            Municipalities municipalities, PolicyPlans plans, PlanJudgementSettings settings, Access access) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.settings = settings;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/policy/{planKey}/judgement")
    String form(@PathVariable String code, @PathVariable String planKey, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        PlanJudgementSettings.Settings current = settings.of(m.code(), planKey);
        return show(m, planKey, current.onTrackPercent(), current.bands(), current.version(), Map.of(), model);
    }

    @PostMapping("/staff/m/{code}/policy/{planKey}/judgement")
    String save(
            @PathVariable String code,
            @PathVariable String planKey,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String onTrackPercent,
            @RequestParam(defaultValue = "") String bands,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            settings.change(m.code(), planKey, version, onTrackPercent, bands);
        } catch (PlanJudgementSettings.Invalid e) {
            return show(m, planKey, onTrackPercent, bands, version, e.errors(), model);
        } catch (ConcurrentEditException e) {
            return show(m, planKey, onTrackPercent, bands, version, Map.of("form", e.getMessage()), model);
        }
        redirect.addFlashAttribute("flash", Messages.get("staff.policyJudgement.saved"));
        return "redirect:/staff/m/" + m.code() + "/policy/" + planKey + "/judgement";
    }

    private String show(
            MunicipalityView m,
            String planKey,
            String onTrackPercent,
            String bands,
            long version,
            Map<String, String> errors,
            Model model) {
        PlanRow plan = plans.plan(m.code(), planKey).plan();
        model.addAttribute("municipality", m);
        model.addAttribute("plan", plan);
        model.addAttribute("onTrackPercent", onTrackPercent);
        model.addAttribute("bands", bands);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("rule", IndicatorJudgement.rule(plan.scheme(), plan.baselineLabel()));
        return VIEW;
    }
}
