package jp.hoshin.committee.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.committee.CommitteeMeasures;
import jp.hoshin.committee.CommitteeReviews;
import jp.hoshin.committee.CommitteeView;
import jp.hoshin.committee.Committees;
import jp.hoshin.committee.MeasureRef;
import jp.hoshin.committee.MeetingDraft;
import jp.hoshin.committee.MeetingView;
import jp.hoshin.committee.MemberDraft;
import jp.hoshin.committee.MemberView;
import jp.hoshin.committee.MinutesFile;
import jp.hoshin.committee.RecommendationView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 外部評価委員会 (staff): the committee of a year with its members and meetings, the measures it rated, and its 公表.
 * The planning section writes; the mayor's office and viewers read; a department's editor reads the measures its
 * departments own.
 */
@Controller
class CommitteeStaffController {

    static final String VIEW = "staff/committee";
    static final String PAGE = "/staff/m/{code}/{fy}/committee";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Committees committees;
    private final CommitteeReviews reviews;
    private final CommitteeMeasures measures;
    private final Access access;

    CommitteeStaffController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Committees committees,
            CommitteeReviews reviews,
            CommitteeMeasures measures,
            Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.committees = committees;
        this.reviews = reviews;
        this.measures = measures;
        this.access = access;
    }

    @GetMapping(PAGE)
    String page(@PathVariable String code, @PathVariable int fy, Model model) {
        MunicipalityView m = municipalities.get(code);
        return show(m, fy, StaffReader.of(access, m.code()), null, null, null, null, model);
    }

    @GetMapping(PAGE + "/members/{id}")
    String editMember(@PathVariable String code, @PathVariable int fy, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MemberView member = committees.members(m.code(), fy).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.member.notFound")));
        MemberForm form = new MemberForm();
        form.setName(member.name());
        form.setRole(member.role());
        form.setAffiliation(member.affiliation());
        form.setNamePublished(member.namePublished());
        form.setVersion(member.version());
        return show(m, fy, StaffReader.of(access, m.code()), null, form, id, null, model);
    }

    @GetMapping(PAGE + "/meetings/{id}")
    String editMeeting(@PathVariable String code, @PathVariable int fy, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MeetingView meeting = meeting(m.code(), fy, id);
        MeetingForm form = new MeetingForm();
        form.setNumber(String.valueOf(meeting.number()));
        form.setHeldOn(meeting.heldOn().toString());
        form.setAgenda(meeting.agenda());
        form.setMinutes(meeting.minutes());
        form.setVersion(meeting.version());
        model.addAttribute("meetingForm", form);
        model.addAttribute("editingMeeting", meeting);
        return show(m, fy, StaffReader.of(access, m.code()), null, null, null, null, model);
    }

    @PostMapping(PAGE)
    String name(
            @PathVariable String code,
            @PathVariable int fy,
            @ModelAttribute("committeeForm") CommitteeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        StaffReader.year(fy);
        String name = CommitteeForms.committeeName(form, errors);
        if (name != null) {
            try {
                if (committees.find(m.code(), fy).isEmpty()) {
                    if (fiscalYears.find(m.code(), fy).isEmpty()) {
                        throw new NotFoundException(Messages.get("committee.yearNotFound"));
                    }
                    committees.establish(m.code(), fy, name);
                } else {
                    committees.rename(m.code(), fy, form.getVersion(), name);
                }
                redirect.addFlashAttribute("flash", Messages.get("committee.flash.saved", name));
                return redirect(m.code(), fy);
            } catch (ConcurrentEditException e) {
                errors.reject("conflict", e.getMessage());
            } catch (BusinessRuleException e) {
                errors.rejectValue("committeeName", "rule", e.getMessage());
            }
        }
        return show(m, fy, StaffReader.of(access, m.code()), form, null, null, null, model);
    }

    @PostMapping(PAGE + "/publish")
    String publish(
            @PathVariable String code, @PathVariable int fy, @RequestParam long version, RedirectAttributes redirect) {
        access.requireAdminister(code);
        return act(code, fy, redirect, () -> {
            committees.publish(code, fy, version, access.currentUsername());
            return Messages.get("committee.flash.published");
        });
    }

    @PostMapping(PAGE + "/withdraw")
    String withdraw(
            @PathVariable String code, @PathVariable int fy, @RequestParam long version, RedirectAttributes redirect) {
        access.requireAdminister(code);
        return act(code, fy, redirect, () -> {
            committees.withdraw(code, fy, version);
            return Messages.get("committee.flash.withdrawn");
        });
    }

    @PostMapping(PAGE + "/members")
    String addMember(
            @PathVariable String code,
            @PathVariable int fy,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return saveMember(code, fy, null, form, errors, model, redirect);
    }

    @PostMapping(PAGE + "/members/{id}")
    String changeMember(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return saveMember(code, fy, id, form, errors, model, redirect);
    }

    @PostMapping(PAGE + "/members/{id}/remove")
    String removeMember(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        return act(code, fy, redirect, () -> {
            committees.removeMember(code, fy, id, version);
            return Messages.get("committee.flash.memberRemoved");
        });
    }

    @PostMapping(PAGE + "/meetings")
    String addMeeting(
            @PathVariable String code,
            @PathVariable int fy,
            @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return saveMeeting(code, fy, null, form, errors, file, model, redirect);
    }

    @PostMapping(PAGE + "/meetings/{id}")
    String changeMeeting(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return saveMeeting(code, fy, id, form, errors, file, model, redirect);
    }

    @PostMapping(PAGE + "/meetings/{id}/remove")
    String removeMeeting(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        access.requireAdminister(code);
        return act(code, fy, redirect, () -> {
            committees.removeMeeting(code, fy, id, version);
            return Messages.get("committee.flash.meetingRemoved");
        });
    }

    @GetMapping(PAGE + "/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String code, @PathVariable int fy, @PathVariable long id) {
        access.requireView(code);
        MinutesFile pdf = committees
                .minutesPdf(code, fy, id)
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.meeting.noPdf")));
        return Downloads.inline(pdf.filename(), MediaType.APPLICATION_PDF).body(pdf.content());
    }

    private String saveMember(
            String code,
            int fy,
            @Nullable Long id,
            MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MemberDraft draft = CommitteeForms.member(form, errors);
        if (draft != null) {
            try {
                if (id == null) {
                    committees.addMember(m.code(), fy, draft);
                } else {
                    committees.changeMember(m.code(), fy, id, form.getVersion(), draft);
                }
                redirect.addFlashAttribute("flash", Messages.get("committee.flash.memberSaved", draft.role()));
                return redirect(m.code(), fy);
            } catch (ConcurrentEditException e) {
                errors.reject("conflict", e.getMessage());
            }
        }
        return show(m, fy, StaffReader.of(access, m.code()), null, form, id, null, model);
    }

    private String saveMeeting(
            String code,
            int fy,
            @Nullable Long id,
            MeetingForm form,
            BindingResult errors,
            @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MeetingView editing = id == null ? null : meeting(m.code(), fy, id);
        MeetingDraft draft = CommitteeForms.meeting(form, errors);
        MinutesFile pdf = null;
        if (file != null && !file.isEmpty()) {
            try {
                pdf = new MinutesFile(
                        Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes());
            } catch (IOException e) {
                errors.reject("file", Messages.get("committee.meeting.unreadable"));
            }
        }
        if (draft != null && !errors.hasErrors()) {
            try {
                if (id == null) {
                    committees.addMeeting(m.code(), fy, draft, pdf);
                } else {
                    committees.changeMeeting(m.code(), fy, id, form.getVersion(), draft, pdf, form.isRemovePdf());
                }
                redirect.addFlashAttribute(
                        "flash", Messages.get("committee.flash.meetingSaved", String.valueOf(draft.number())));
                return redirect(m.code(), fy);
            } catch (ConcurrentEditException e) {
                errors.reject("conflict", e.getMessage());
            } catch (BusinessRuleException e) {
                errors.reject("rule", e.getMessage());
            }
        }
        model.addAttribute("editingMeeting", editing);
        return show(m, fy, StaffReader.of(access, m.code()), null, null, null, form, model);
    }

    private String act(String code, int fy, RedirectAttributes redirect, java.util.function.Supplier<String> act) {
        try {
            redirect.addFlashAttribute("flash", act.get());
        } catch (ConcurrentEditException | BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return redirect(code, fy);
    }

    private static String redirect(String code, int fy) {
        return "redirect:/staff/m/" + code + "/" + fy + "/committee";
    }

    private MeetingView meeting(String code, int fy, long id) {
        return committees.meetings(code, fy).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.meeting.notFound")));
    }

    /** One measure on the committee page: its rating and how many 提言 of the year and earlier ones are followed. */
    record MeasureLine(MeasureRef measure, String rating, long thisYear, long followed) {}

    private String show(
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
