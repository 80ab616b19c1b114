package jp.hoshin.committee.web;

import java.time.LocalDate;
import java.util.Optional;

import jp.hoshin.committee.FollowUpState;
import jp.hoshin.committee.MeetingDraft;
import jp.hoshin.committee.MemberDraft;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The checks of the committee's forms: a Japanese message next to each field; a value only when nothing is wrong. */
final class CommitteeForms {

    static final int MAX_NAME = 100;
    static final int MAX_ROLE = 50;
    static final int MAX_AFFILIATION = 200;
    static final int MAX_AGENDA = 4_000;
    static final int MAX_MINUTES = 100_000;
    static final int MAX_TEXT = 4_000;
    static final int MAX_NOTE = 2_000;

    private CommitteeForms() {}

    static @Nullable String committeeName(CommitteeForm f, Errors errors) {
        FormChecks.required(
                errors, "committeeName", f.getCommitteeName(), Messages.get("committee.field.name"), MAX_NAME);
        return errors.hasErrors() ? null : JapaneseText.text(f.getCommitteeName());
    }

    static @Nullable MemberDraft member(MemberForm f, Errors errors) {
        FormChecks.required(errors, "name", f.getName(), Messages.get("committee.field.memberName"), MAX_NAME);
        FormChecks.required(errors, "role", f.getRole(), Messages.get("committee.field.role"), MAX_ROLE);
        FormChecks.optional(
                errors,
                "affiliation",
                f.getAffiliation(),
                Messages.get("committee.field.affiliation"),
                MAX_AFFILIATION);
        if (errors.hasErrors()) {
            return null;
        }
        return new MemberDraft(
                JapaneseText.text(f.getName()),
                JapaneseText.text(f.getRole()),
                JapaneseText.text(f.getAffiliation()),
                f.isNamePublished());
    }

    static @Nullable MeetingDraft meeting(MeetingForm f, Errors errors) {
        String numberLabel = Messages.get("committee.field.number");
        Optional<Long> number = FormChecks.wholeNumber(errors, "number", f.getNumber(), numberLabel, 999);
        if (!errors.hasFieldErrors("number") && (number.isEmpty() || number.get() < 1)) {
            errors.rejectValue("number", "required", Messages.get("committee.meeting.numberRequired"));
        }
        Optional<LocalDate> heldOn = Optional.empty();
        if (!errors.hasFieldErrors("heldOn")) {
            if (JapaneseText.text(f.getHeldOn()).isEmpty()) {
                errors.rejectValue(
                        "heldOn",
                        "required",
                        Messages.get("form.requiredField", Messages.get("committee.field.heldOn")));
            } else {
                heldOn = JapaneseText.parseDate(f.getHeldOn());
                if (heldOn.isEmpty()) {
                    errors.rejectValue("heldOn", "date", Messages.get("committee.meeting.date"));
                }
            }
        }
        FormChecks.required(errors, "agenda", f.getAgenda(), Messages.get("committee.field.agenda"), MAX_AGENDA);
        FormChecks.optional(errors, "minutes", f.getMinutes(), Messages.get("committee.field.minutes"), MAX_MINUTES);
        if (errors.hasErrors() || number.isEmpty() || heldOn.isEmpty()) {
            return null;
        }
        return new MeetingDraft(
                number.get().intValue(),
                heldOn.get(),
                JapaneseText.text(f.getAgenda()),
                JapaneseText.text(f.getMinutes()));
    }

    /** The 提言 and the answer, checked; null when something is wrong. */
    static String @Nullable [] recommendation(RecommendationForm f, Errors errors) {
        FormChecks.required(errors, "text", f.getText(), Messages.get("committee.field.text"), MAX_TEXT);
        FormChecks.optional(errors, "answer", f.getAnswer(), Messages.get("committee.field.answer"), MAX_TEXT);
        if (errors.hasErrors()) {
            return null;
        }
        return new String[] {JapaneseText.text(f.getText()), JapaneseText.text(f.getAnswer())};
    }

    static @Nullable FollowUpState followUp(FollowUpForm f, Errors errors) {
        FollowUpState state = null;
        for (FollowUpState s : FollowUpState.values()) {
            if (s.name().equals(f.getState())) {
                state = s;
            }
        }
        if (state == null) {
            errors.rejectValue("state", "choice", Messages.get("committee.followUp.stateRequired"));
        }
        FormChecks.optional(errors, "note", f.getNote(), Messages.get("committee.field.note"), MAX_NOTE);
        return errors.hasErrors() ? null : state;
    }
}
