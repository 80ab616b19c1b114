package jp.hoshin.committee.web;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import jp.hoshin.committee.Committees;
import jp.hoshin.committee.MeetingDraft;
import jp.hoshin.committee.MeetingView;
import jp.hoshin.committee.MinutesFile;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
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

import static jp.hoshin.committee.web.CommitteePage.PAGE;

/**
 * The meetings of a year's committee (staff): 第N回, date, agenda and minutes (text and/or a PDF), written by the
 * planning section on the committee page; the minutes' PDF for every staff reader.
 */
@Controller
class CommitteeMeetingController {

    private final Municipalities municipalities;
    private final Committees committees;
    private final CommitteePage page;
    private final Access access;

    CommitteeMeetingController(
            Municipalities municipalities, Committees committees, CommitteePage page, Access access) {
        this.municipalities = municipalities;
        this.committees = committees;
        this.page = page;
        this.access = access;
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
        return page.show(m, fy, StaffReader.of(access, m.code()), null, null, null, null, model);
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
        return page.actAndReturn(code, fy, redirect, () -> {
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
        MinutesFile pdf = minutesFile(file, errors, model);
        Supplier<String> again = () -> {
            model.addAttribute("editingMeeting", editing);
            return page.show(m, fy, StaffReader.of(access, m.code()), null, null, null, form, model);
        };
        return page.saveAndReturn(
                m.code(), fy, draft, errors, redirect, d -> save(m.code(), fy, id, form, d, pdf, model), again);
    }

    /** Adds the meeting, or changes the one with this id; the message for the page. */
    private String save(
            String code,
            int fy,
            @Nullable Long id,
            MeetingForm form,
            MeetingDraft draft,
            @Nullable MinutesFile pdf,
            Model model) {
        try {
            if (id == null) {
                committees.addMeeting(code, fy, draft, pdf);
            } else {
                committees.changeMeeting(code, fy, id, form.getVersion(), draft, pdf, form.isRemovePdf());
            }
        } catch (BusinessRuleException e) {
            if ("file".equals(e.field())) {
                model.addAttribute("fileError", e.getMessage()); // next to the file input, which no form field is
            }
            throw e;
        }
        return Messages.get("committee.flash.meetingSaved", String.valueOf(draft.number()));
    }

    /** The minutes' PDF sent with the form, if any (a file that cannot be read is the form's error). */
    private static @Nullable MinutesFile minutesFile(@Nullable MultipartFile file, BindingResult errors, Model model) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new MinutesFile(
                    Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes());
        } catch (IOException e) {
            errors.reject("file", Messages.get("committee.meeting.unreadable"));
            model.addAttribute("fileError", Messages.get("committee.meeting.unreadable"));
            return null;
        }
    }

    private MeetingView meeting(String code, int fy, long id) {
        return committees.meetings(code, fy).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.meeting.notFound")));
    }
}
