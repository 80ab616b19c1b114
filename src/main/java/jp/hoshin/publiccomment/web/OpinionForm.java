package jp.hoshin.publiccomment.web;

import java.util.Collection;
import java.util.Set;

import jp.hoshin.publiccomment.OpinionSubmission;
import jp.hoshin.publiccomment.PersonalData;
import jp.hoshin.publiccomment.SubmitterDetail;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The opinion form (and the staff form for opinions received by post, fax, e-mail or in person). */
public class OpinionForm {

    private String submitterType = "individual";
    private String address = "";
    private String name = "";
    private String representative = "";
    private String phone = "";
    private String planId = "";
    private String opinion = "";
    private String channel = "POST";
    private String receivedOn = "";

    boolean group() {
        return "group".equals(submitterType);
    }

    /**
     * Puts a Japanese message next to each field that is missing or too long; returns the submission when all is well.
     * Only the {@code required} details must be given (the consultation's for the web form, none for an opinion staff
     * copy from paper); the others are kept when given.
     */
    @Nullable
    OpinionSubmission check(Errors errors, Collection<Long> planIds, Set<SubmitterDetail> required) {
        boolean group = group();
        detail(
                errors,
                "address",
                address,
                group ? "comment.form.groupAddress" : "comment.form.address",
                OpinionSubmission.MAX_ADDRESS,
                required.contains(SubmitterDetail.ADDRESS));
        detail(
                errors,
                "name",
                name,
                group ? "comment.form.groupName" : "comment.form.name",
                OpinionSubmission.MAX_NAME,
                required.contains(SubmitterDetail.NAME));
        if (group) {
            detail(
                    errors,
                    "representative",
                    representative,
                    "comment.form.representative",
                    OpinionSubmission.MAX_NAME,
                    required.contains(SubmitterDetail.NAME));
        }
        detail(
                errors,
                "phone",
                phone,
                "comment.form.phone",
                OpinionSubmission.MAX_PHONE,
                required.contains(SubmitterDetail.PHONE));
        String folded = JapaneseText.fold(phone);
        if (!folded.isEmpty()
                && folded.length() <= OpinionSubmission.MAX_PHONE
                && !folded.matches("[0-9()\\-‐－ー ]{6,}")) {
            errors.rejectValue("phone", "phone", Messages.get("comment.form.phoneFormat"));
        }
        Long plan = null;
        if (planIds.size() > 1 || !JapaneseText.text(planId).isEmpty()) {
            try {
                plan = Long.valueOf(JapaneseText.fold(planId));
            } catch (NumberFormatException e) {
                plan = null;
            }
            if (plan == null || !planIds.contains(plan)) {
                errors.rejectValue("planId", "required", Messages.get("comment.form.planRequired"));
            }
        } else if (planIds.size() == 1) {
            plan = planIds.iterator().next();
        }
        FormChecks.required(
                errors, "opinion", opinion, Messages.get("comment.form.opinion"), OpinionSubmission.MAX_OPINION);
        if (errors.hasErrors()) {
            return null;
        }
        return new OpinionSubmission(
                group,
                new PersonalData(
                        given(address),
                        given(name),
                        group ? given(representative) : null,
                        folded.isEmpty() ? null : folded),
                plan,
                JapaneseText.text(opinion));
    }

    private static void detail(
            Errors errors, String field, @Nullable String value, String labelKey, int max, boolean required) {
        if (required) {
            FormChecks.required(errors, field, value, Messages.get(labelKey), max);
        } else {
            FormChecks.optional(errors, field, value, Messages.get(labelKey), max);
        }
    }

    private static @Nullable String given(@Nullable String value) {
        String t = JapaneseText.text(value);
        return t.isEmpty() ? null : t;
    }

    public String getSubmitterType() {
        return submitterType;
    }

    public void setSubmitterType(String submitterType) {
        this.submitterType = submitterType == null ? "individual" : submitterType;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPlanId() {
        return planId;
    }

    public void setPlanId(String planId) {
        this.planId = planId;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }

    @Override
    public String toString() {
        return "OpinionForm[***]";
    }
}
