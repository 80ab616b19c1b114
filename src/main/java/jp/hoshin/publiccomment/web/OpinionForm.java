package jp.hoshin.publiccomment.web;

import java.util.Collection;

import jp.hoshin.publiccomment.OpinionSubmission;
import jp.hoshin.publiccomment.PersonalData;
import jp.hoshin.shared.JapaneseText;
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

    /** Puts a Japanese message next to each field that is missing or too long; returns the submission when all is well. */
    @Nullable
    OpinionSubmission check(Errors errors, Collection<Long> planIds) {
        boolean group = group();
        FormChecks.required(errors, "address", address, group ? "所在地" : "住所", OpinionSubmission.MAX_ADDRESS);
        FormChecks.required(errors, "name", name, group ? "団体名" : "氏名", OpinionSubmission.MAX_NAME);
        if (group) {
            FormChecks.required(errors, "representative", representative, "代表者の氏名", OpinionSubmission.MAX_NAME);
        }
        FormChecks.required(errors, "phone", phone, "電話番号", OpinionSubmission.MAX_PHONE);
        String folded = JapaneseText.fold(phone);
        if (!folded.isEmpty()
                && folded.length() <= OpinionSubmission.MAX_PHONE
                && !folded.matches("[0-9()\\-‐－ー ]{6,}")) {
            errors.rejectValue("phone", "phone", "電話番号は数字とハイフンで入力してください（例: 0422-45-1151）。");
        }
        Long plan = null;
        if (planIds.size() > 1 || !JapaneseText.text(planId).isEmpty()) {
            try {
                plan = Long.valueOf(JapaneseText.fold(planId));
            } catch (NumberFormatException e) {
                plan = null;
            }
            if (plan == null || !planIds.contains(plan)) {
                errors.rejectValue("planId", "required", "意見の対象の計画を選んでください。");
            }
        } else if (planIds.size() == 1) {
            plan = planIds.iterator().next();
        }
        FormChecks.required(errors, "opinion", opinion, "ご意見", OpinionSubmission.MAX_OPINION);
        if (errors.hasErrors()) {
            return null;
        }
        return new OpinionSubmission(
                group,
                new PersonalData(
                        JapaneseText.text(address),
                        JapaneseText.text(name),
                        group ? JapaneseText.text(representative) : null,
                        folded),
                plan,
                JapaneseText.text(opinion));
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
