package jp.hoshin.publiccomment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.publiccomment.OpinionHandling;
import jp.hoshin.publiccomment.OpinionItemView;
import jp.hoshin.publiccomment.OpinionItems;
import jp.hoshin.publiccomment.OpinionSubmission;
import jp.hoshin.publiccomment.OpinionView;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.Publication;
import jp.hoshin.publiccomment.Receipt;
import jp.hoshin.publiccomment.ReceivedOpinion;
import jp.hoshin.publiccomment.ReflectionCategories;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.FormChecks;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
 * Staff work on a consultation's 意見: recording opinions received by post, fax, e-mail or in person, splitting each
 * into items and answering them (論点, 市の考え方, 反映区分, the change, or another item's answer), withholding an
 * opinion — by the planning section and the owning department — and the CSV of the items, without personal data, for
 * everyone who reads the consultation.
 */
@Controller
class OpinionStaffController {

    private final Municipalities municipalities;
    private final ConsultationPage page;
    private final Consultations consultations;
    private final Opinions opinions;
    private final OpinionItems items;
    private final ReflectionCategories categories;
    private final IndividualPlans plans;
    private final Access access;

    OpinionStaffController(
            Municipalities municipalities,
            ConsultationPage page,
            Consultations consultations,
            Opinions opinions,
            OpinionItems items,
            ReflectionCategories categories,
            IndividualPlans plans,
            Access access) {
        this.municipalities = municipalities;
        this.page = page;
        this.consultations = consultations;
        this.opinions = opinions;
        this.items = items;
        this.categories = categories;
        this.plans = plans;
        this.access = access;
    }

    /**
     * An opinion received by post, fax, e-mail or in person, with only the submitter details it gave. A failed check
     * shows the page again (422) with the typed values and a message next to each field; nothing of it is kept in the
     * session.
     */
    @PostMapping("/staff/m/{code}/comments/{id}/opinions")
    String record(
            @PathVariable String code,
            @PathVariable long id,
            @ModelAttribute("form") OpinionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        ConsultationView c = consultations.consultation(m.code(), id);
        CommentPages.requireHandle(access, m.code(), c);
        OpinionSubmission s = form.check(errors, c.content().planIds(), Set.of());
        OpinionChannel channel = null;
        try {
            channel = OpinionChannel.valueOf(JapaneseText.text(form.getChannel()));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("channel", "choice", Messages.get("comment.form.channelChoice"));
        }
        LocalDate receivedOn = null;
        try {
            receivedOn = date(form.getReceivedOn(), Messages.get("staff.comment.receivedDate"));
        } catch (BusinessRuleException e) {
            errors.rejectValue("receivedOn", "date", e.getMessage());
        }
        if (s != null && channel != null && receivedOn != null) {
            try {
                Receipt r = opinions.record(m.code(), id, new ReceivedOpinion(channel, receivedOn, s));
                redirect.addFlashAttribute("flash", Messages.get("comment.form.recorded", r.number()));
                return "redirect:/staff/m/" + m.code() + "/comments/" + id;
            } catch (BusinessRuleException e) {
                FormChecks.refused(errors, e, null);
            }
        }
        response.setStatus(422);
        model.addAttribute("recordErrors", true);
        return page.show(m, c, true, model);
    }

    @PostMapping("/staff/m/{code}/comments/{id}/opinions/{opinionId}")
    String handle(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long opinionId,
            @RequestParam long version,
            @RequestParam(defaultValue = "FULL") String publication,
            @RequestParam(defaultValue = "") String withheldReason,
            RedirectAttributes redirect) {
        CommentPages.requireHandle(access, code, consultations.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id + "#opinion-" + opinionId, () -> {
            Publication p = CommentPages.choice(
                    Publication.class, publication, "FULL", Messages.get("staff.commentItem.publicationChoice"));
            opinions.handle(
                    code,
                    id,
                    opinionId,
                    version,
                    new OpinionHandling(
                            p,
                            text(
                                    "withheldReason",
                                    withheldReason,
                                    Messages.get("staff.comment.withholdReason"),
                                    1000)));
            return Messages.get("staff.commentItem.publicationSaved");
        });
    }

    /** Adds an item to the opinion (an excerpt, or its own text). */
    @PostMapping("/staff/m/{code}/comments/{id}/opinions/{opinionId}/items")
    String addItem(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long opinionId,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        CommentPages.requireHandle(access, code, consultations.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id + "#opinion-" + opinionId, () -> {
            String t = CommentPages.required("text", text, Messages.get("staff.commentItem.text"), ItemForm.MAX_TEXT);
            items.add(code, id, opinionId, t);
            return Messages.get("staff.commentItem.added");
        });
    }

    /** 市の考え方 of one item; a failed check brings the page back with the typed values and a message per field. */
    @PostMapping("/staff/m/{code}/comments/{id}/items/{itemId}")
    String answer(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute ItemForm form,
            RedirectAttributes redirect) {
        CommentPages.requireHandle(access, code, consultations.consultation(code, id));
        String target = "/staff/m/" + code + "/comments/" + id + "#item-" + itemId;
        Map<String, String> errors = form.check(categories.categories(code));
        if (errors.isEmpty()) {
            try {
                items.answer(code, id, itemId, form.version(), form.answer());
                redirect.addFlashAttribute("flash", Messages.get("staff.commentItem.saved"));
                return "redirect:" + target;
            } catch (BusinessRuleException | ConcurrentEditException e) {
                errors = new LinkedHashMap<>(Map.of("form", e.getMessage()));
            }
        }
        redirect.addFlashAttribute("itemFormId", itemId);
        redirect.addFlashAttribute("itemForm", form);
        redirect.addFlashAttribute("itemErrors", new LinkedHashMap<>(errors));
        redirect.addFlashAttribute("flashError", Messages.get("staff.commentItem.notSaved"));
        return "redirect:" + target;
    }

    @PostMapping("/staff/m/{code}/comments/{id}/items/{itemId}/remove")
    String removeItem(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        CommentPages.requireHandle(access, code, consultations.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id, () -> {
            items.remove(code, id, itemId, version);
            return Messages.get("staff.commentItem.removed");
        });
    }

    /**
     * The items as CSV for the handling work, one row per item: number, receipt, channel, dates, plan, the opinion, the
     * item and its answer — no personal data.
     */
    @GetMapping("/staff/m/{code}/comments/{id}/opinions.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable long id) {
        CommentPages.requireRead(access, code, consultations.consultation(code, id));
        Map<Long, String> names = plans.names(code);
        Map<Long, OpinionView> byId =
                opinions.opinions(code, id, false).stream().collect(Collectors.toMap(OpinionView::id, o -> o));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Messages.get("staff.commentItem.csvHeader").split(",")));
        for (OpinionItemView i : items.items(code, id)) {
            OpinionView o = byId.get(i.opinionId());
            rows.add(List.of(
                    i.number() == 0 ? "" : String.valueOf(i.number()),
                    o.receiptNumber(),
                    o.channel().label(),
                    o.receivedOn().toString(),
                    o.late() ? Messages.get("staff.comment.late") : "",
                    o.planId() == null ? "" : names.getOrDefault(o.planId(), ""),
                    o.body(),
                    i.text(),
                    nz(i.topic()),
                    nz(i.cityView()),
                    nz(i.reflection()),
                    nz(i.changeNote()),
                    i.sharedNumber() == 0 ? "" : String.valueOf(i.sharedNumber()),
                    o.publication().label(),
                    nz(o.withheldReason())));
        }
        return Downloads.csv("opinions-" + id + ".csv", rows);
    }
}
