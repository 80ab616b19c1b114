package jp.hoshin.evaluation.web;

import java.util.Map;

import jp.hoshin.evaluation.Assessment;
import jp.hoshin.evaluation.EvaluationReview;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.Rating;
import jp.hoshin.evaluation.SheetReference;
import jp.hoshin.identity.Access;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.TypedForm;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review of a 事業評価 sheet (staff): the department's 一次評価, the planning section's 二次評価, 確定, 公表,
 * 差し戻し and 改訂; each goes back to the sheet's page ({@link EvaluationSheetController}).
 */
@Controller
class EvaluationReviewController {

    private final Evaluations evaluations;
    private final EvaluationReview review;
    private final Access access;

    EvaluationReviewController(Evaluations evaluations, EvaluationReview review, Access access) {
        this.evaluations = evaluations;
        this.review = review;
        this.access = access;
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}/first")
    String first(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int number,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        EvaluationSheetView current = evaluations.get(new SheetReference(code, year, number));
        access.requireEvaluationEdit(code, current.departmentCode(), current.stage() == EvaluationStage.FIRST);
        SheetReference ref = new SheetReference(code, year, number);
        return actKeeping(code, year, number, redirect, "typedFirst", params, () -> {
            var sheet = review.recordFirstAssessment(ref, version, assessment(params));
            if ("true".equals(params.get("submit"))) {
                review.submitFirstEvaluation(ref, sheet.version(), access.currentUsername());
                return Messages.get("evaluation.flash.firstSubmitted");
            }
            return Messages.get("evaluation.flash.firstSaved");
        });
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}/second")
    String second(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int number,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        return actKeeping(code, year, number, redirect, "typedSecond", params, () -> {
            review.recordSecondEvaluation(
                    new SheetReference(code, year, number),
                    version,
                    assessment(params),
                    JapaneseText.optionalText(params.get("externalComment")).orElse(null),
                    access.currentUsername());
            return Messages.get("evaluation.flash.secondRecorded");
        });
    }

    /** 確定 (planning section or mayor's office), 公表 (planning section), 差し戻し and 改訂 (planning section, with a reason). */
    @PostMapping("/staff/m/{code}/{year}/evaluations/{number:\\d+}/{step:finalize|publish|send-back|revise}")
    String step(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable int number,
            @PathVariable String step,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        if ("finalize".equals(step)) {
            access.requireEvaluationFinalize(code);
        } else {
            access.requireAdminister(code);
        }
        String by = access.currentUsername();
        SheetReference ref = new SheetReference(code, year, number);
        return act(code, year, number, redirect, () -> switch (step) {
            case "finalize" -> {
                review.finalizeEvaluation(ref, version, by);
                yield Messages.get("evaluation.flash.finalized");
            }
            case "publish" -> {
                review.publish(ref, version, by);
                yield Messages.get("evaluation.flash.published");
            }
            case "send-back" -> {
                review.sendBack(ref, version, by, JapaneseText.text(comment));
                yield Messages.get("evaluation.flash.sentBack");
            }
            default -> {
                review.startRevision(ref, version, by, JapaneseText.text(comment));
                yield Messages.get("evaluation.flash.revisionStarted");
            }
        });
    }

    /** The assessment as typed: a text too long is refused by {@link Assessment} naming its field. */
    private static Assessment assessment(Map<String, String> p) {
        return new Assessment(
                rating(p.get("relevance")),
                p.get("relevanceReason"),
                rating(p.get("effectiveness")),
                p.get("effectivenessReason"),
                rating(p.get("efficiency")),
                p.get("efficiencyReason"),
                JapaneseText.optionalText(p.get("direction")).orElse(null),
                p.get("improvement"),
                p.get("comment"));
    }

    private static @Nullable Rating rating(@Nullable String value) {
        return value == null || value.isBlank() ? null : Rating.valueOf(value);
    }

    private interface Act {
        String run();
    }

    private String act(String code, int year, int number, RedirectAttributes redirect, Act act) {
        try {
            redirect.addFlashAttribute("flash", act.run());
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            TypedForm.keep(redirect, e);
        }
        return "redirect:/staff/m/" + code + "/" + year + "/evaluations/" + number;
    }

    /** As {@link #act}, and on a refusal the assessment as typed comes back under the given name (nothing typed is lost). */
    private String actKeeping(
            String code,
            int year,
            int number,
            RedirectAttributes redirect,
            String typedName,
            Map<String, String> params,
            Act act) {
        try {
            redirect.addFlashAttribute("flash", act.run());
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            TypedForm.keep(redirect, e);
            redirect.addFlashAttribute(typedName, AssessmentForm.of(params));
        }
        return "redirect:/staff/m/" + code + "/" + year + "/evaluations/" + number;
    }
}
