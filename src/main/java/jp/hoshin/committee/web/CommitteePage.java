package jp.hoshin.committee.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jp.hoshin.committee.CommitteeMeasures;
import jp.hoshin.committee.CommitteeReviews;
import jp.hoshin.committee.CommitteeView;
import jp.hoshin.committee.Committees;
import jp.hoshin.committee.MeasureRef;
import jp.hoshin.committee.RecommendationView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page of a year's committee, shared by the controllers of the committee itself, its members and its
 * meetings: every form of the page posts to one of them and comes back here.
 */
@Component
class CommitteePage {

    static final String VIEW = "staff/committee";
    static final String PAGE = "/staff/m/{code}/{fy}/committee";

    private final FiscalYears fiscalYears;
    private final Committees committees;
    private final CommitteeReviews reviews;
    private final CommitteeMeasures measures;
    private final Access access;

    CommitteePage(
            FiscalYears fiscalYears,
            Committees committees,
            CommitteeReviews reviews,
            CommitteeMeasures measures,
            Access access) {
        this.fiscalYears = fiscalYears;
        this.committees = committees;
        this.reviews = reviews;
        this.measures = measures;
        this.access = access;
    }

    /**
     * Runs an act of the planning section that has no form of its own (publish, withdraw, remove a member or a meeting)
     * and goes back to the page: with the act's message, or with why it was refused.
     */
    String actAndReturn(String code, int fy, RedirectAttributes redirect, Supplier<String> act) {
        access.requireAdminister(code);
        try {
            redirect.addFlashAttribute("flash", act.get());
        } catch (ConcurrentEditException | BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return redirect(code, fy);
    }

    /**
     * Saves a form of the page (a member, a meeting) once it was read without errors ({@code draft} not null, nothing
     * rejected): back to the page with the message {@code save} returns; a stale edit or a refused rule comes back on
     * the page next to the form with what was typed ({@code showAgain}), as does a form with errors.
     */
    <D> String saveAndReturn(
            String code,
            int fy,
            @Nullable D draft,
            BindingResult errors,
            RedirectAttributes redirect,
            Function<D, String> save,
            Supplier<String> showAgain) {
        if (draft != null && !errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("flash", save.apply(draft));
                return redirect(code, fy);
            } catch (ConcurrentEditException e) {
                errors.reject("conflict", e.getMessage());
            } catch (BusinessRuleException e) {
                FormChecks.refused(errors, e, null); // next to the field it names, else about the form
            }
        }
        return showAgain.get();
    }

    static String redirect(String code, int fy) {
        return "redirect:/staff/m/" + code + "/" + fy + "/committee";
    }

    /** One measure on the committee page: its rating and how many 提言 of the year and earlier ones are followed. */
    record MeasureLine(MeasureRef measure, String rating, long thisYear, long followed) {}

    String show(
            MunicipalityView m,
            int fy,
            StaffReader reader,
            @Nullable CommitteeForm committeeForm,
            @Nullable MemberForm memberForm,
            @Nullable Long editingMemberId,
            @Nullable MeetingForm meetingForm,
            Model model) {
        var year = StaffReader.year(fy);
        Optional<CommitteeView> committee = committees.find(m.code(), fy);
        if (committee.isEmpty() && fiscalYears.find(m.code(), fy).isEmpty()) {
            throw new NotFoundException(Messages.get("committee.yearNotFound"));
        }
        model.addAttribute("municipality", m);
        model.addAttribute("fy", fy);
        model.addAttribute("yearLabel", year.label());
        model.addAttribute("committee", committee.orElse(null));
        model.addAttribute("canEdit", reader.planning());
        model.addAttribute("limited", reader.limited());
        model.addAttribute("members", committees.members(m.code(), fy));
        model.addAttribute("meetings", committees.meetings(m.code(), fy));
        if (committeeForm == null) {
            committeeForm = new CommitteeForm();
            committee.ifPresent(c -> {
                model.addAttribute("committeeForm", formOf(c));
            });
            if (committee.isEmpty()) {
                committeeForm.setCommitteeName(Messages.get("committee.defaultName"));
                model.addAttribute("committeeForm", committeeForm);
            }
        } else {
            model.addAttribute("committeeForm", committeeForm);
        }
        model.addAttribute("memberForm", memberForm == null ? new MemberForm() : memberForm);
        model.addAttribute("editingMemberId", editingMemberId);
        if (meetingForm != null) {
            model.addAttribute("meetingForm", meetingForm);
        } else if (!model.containsAttribute("meetingForm")) {
            MeetingForm f = new MeetingForm();
            f.setNumber(String.valueOf(committees.meetings(m.code(), fy).size() + 1));
            model.addAttribute("meetingForm", f);
        }
        Map<Long, String> ratings = reviews.ratingsOf(m.code(), fy);
        List<RecommendationView> recs = reviews.recommendations(m.code(), fy);
        List<MeasureLine> lines = measures.measures(m.code()).stream()
                .filter(reader::reads)
                .map(ms -> new MeasureLine(
                        ms,
                        ratings.getOrDefault(ms.id(), ""),
                        recs.stream()
                                .filter(r -> r.measureId() == ms.id() && r.fiscalYear() == fy)
                                .count(),
                        recs.stream()
                                .filter(r ->
                                        r.measureId() == ms.id() && r.history().followedIn(fy))
                                .count()))
                .toList();
        model.addAttribute("measures", lines);
        return VIEW;
    }

    private static CommitteeForm formOf(CommitteeView c) {
        CommitteeForm f = new CommitteeForm();
        f.setCommitteeName(c.name());
        f.setVersion(c.version());
        return f;
    }
}
