package jp.hoshin.publiccomment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hoshin.identity.Access;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.publiccomment.OpinionHandling;
import jp.hoshin.publiccomment.OpinionSubmission;
import jp.hoshin.publiccomment.OpinionView;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.Publication;
import jp.hoshin.publiccomment.Receipt;
import jp.hoshin.publiccomment.ReceivedOpinion;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static jp.hoshin.publiccomment.web.CommentPages.act;
import static jp.hoshin.publiccomment.web.CommentPages.date;
import static jp.hoshin.publiccomment.web.CommentPages.nz;
import static jp.hoshin.publiccomment.web.CommentPages.text;

/**
 * Staff work on a consultation's 意見: recording opinions received by post, fax, e-mail or in person, handling each
 * (論点, 市の考え方, publication) — by the planning section and the owning department — and the CSV for that work,
 * without personal data, for everyone who reads the consultation.
 */
@Controller
class OpinionStaffController {

    private final Consultations consultations;
    private final Opinions opinions;
    private final IndividualPlans plans;
    private final Access access;

    OpinionStaffController(Consultations consultations, Opinions opinions, IndividualPlans plans, Access access) {
        this.consultations = consultations;
        this.opinions = opinions;
        this.plans = plans;
        this.access = access;
    }

    @PostMapping("/staff/m/{code}/comments/{id}/opinions")
    String record(
            @PathVariable String code,
            @PathVariable long id,
            @ModelAttribute("form") OpinionForm form,
            RedirectAttributes redirect) {
        ConsultationView c = consultations.consultation(code, id);
        CommentPages.requireHandle(access, code, c);
        return act(redirect, "/staff/m/" + code + "/comments/" + id, () -> {
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
            OpinionSubmission s = form.check(errors, c.content().planIds());
            if (s == null) {
                throw new BusinessRuleException(errors.getAllErrors().stream()
                        .map(ObjectError::getDefaultMessage)
                        .collect(Collectors.joining(" ")));
            }
            OpinionChannel channel = CommentPages.choice(OpinionChannel.class, form.getChannel(), "", "受付方法を選んでください。");
            Receipt r = opinions.record(code, id, new ReceivedOpinion(channel, date(form.getReceivedOn(), "受付日"), s));
            return "意見を記録しました（受付番号 " + r.number() + "）。";
        });
    }

    @PostMapping("/staff/m/{code}/comments/{id}/opinions/{opinionId}")
    String handle(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long opinionId,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        CommentPages.requireHandle(access, code, consultations.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id + "#opinion-" + opinionId, () -> {
            opinions.handle(code, id, opinionId, version, handling(params));
            return "意見の整理を保存しました。";
        });
    }

    private static OpinionHandling handling(Map<String, String> params) {
        Publication publication =
                CommentPages.choice(Publication.class, params.get("publication"), "FULL", "公表の方法を選んでください。");
        int count = JapaneseText.parseWholeNumber(params.getOrDefault("opinionCount", "1"))
                .map(Long::intValue)
                .orElseThrow(() -> new BusinessRuleException("意見の件数は数字で入力してください。"));
        return new OpinionHandling(
                text(params.get("topic"), "論点", 100),
                text(params.get("cityView"), "市の考え方", 4000),
                params.containsKey("draftChanged"),
                text(params.get("changeNote"), "計画の修正内容", 2000),
                publication,
                text(params.get("summary"), "要旨", 2000),
                text(params.get("withheldReason"), "公表しない理由", 1000),
                count);
    }

    /** The opinions as CSV for the handling work: receipt, channel, dates, plan, opinion and handling — no personal data. */
    @GetMapping("/staff/m/{code}/comments/{id}/opinions.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable long id) {
        CommentPages.requireRead(access, code, consultations.consultation(code, id));
        Map<Long, String> names = plans.names(code);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "受付番号", "受付方法", "受付日", "期限後", "計画", "意見", "件数", "論点", "市の考え方", "計画の修正", "修正内容", "公表", "要旨", "公表しない理由"));
        for (OpinionView o : opinions.opinions(code, id, false)) {
            rows.add(List.of(
                    o.receiptNumber(),
                    o.channel().label(),
                    o.receivedOn().toString(),
                    o.late() ? "期限後" : "",
                    o.planId() == null ? "" : names.getOrDefault(o.planId(), ""),
                    o.body(),
                    String.valueOf(o.opinionCount()),
                    nz(o.topic()),
                    nz(o.cityView()),
                    o.draftChanged() ? "あり" : "なし",
                    nz(o.changeNote()),
                    o.publication().label(),
                    nz(o.summary()),
                    nz(o.withheldReason())));
        }
        return Downloads.csv("opinions-" + id + ".csv", rows);
    }
}
