package jp.hoshin.publiccomment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.hoshin.publiccomment.Channels;
import jp.hoshin.publiccomment.ConsultationContent;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.SubmitterDetail;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The form that creates a consultation: every value as typed (dates in 西暦 or 和暦, numbers full-width or half-width),
 * checked field by field with the message next to the field, and shown again as typed when a check fails.
 */
public class ConsultationForm {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_READING = 2000;
    static final int MAX_REASON = 1000;
    static final int MAX_RETENTION_DAYS = 3650;

    private String title = "";
    private String departmentCode = "";
    private List<String> planIds = new ArrayList<>();
    private String summary = "";
    private String readingPlaces = "";
    private String startsOn = "";
    private String deadline = "";
    private String shortenedReason = "";
    private boolean webForm = true;
    private String postAddress = "";
    private String fax = "";
    private String email = "";
    private String inPerson = "";
    private String eligibility = "";
    private List<String> requiredDetails =
            new ArrayList<>(SubmitterDetail.ALL.stream().map(Enum::name).toList());
    private String retentionDays = String.valueOf(ConsultationContent.DEFAULT_RETENTION_DAYS);

    /** A new form: the web form and every submitter detail checked, starting a week from today. */
    static ConsultationForm starting(LocalDate startsOn) {
        ConsultationForm f = new ConsultationForm();
        f.startsOn = startsOn.toString();
        return f;
    }

    /**
     * Puts a Japanese message next to each field that is wrong; returns the content when all is well. {@code plans}: the
     * ids of the municipality's plans (a choice not among them is refused).
     */
    @Nullable
    ConsultationContent check(Errors errors, Set<Long> plans) {
        FormChecks.required(errors, "title", title, Messages.get("staff.comments.subject"), MAX_TITLE);
        if (JapaneseText.fold(departmentCode).isEmpty()) {
            errors.rejectValue(
                    "departmentCode", "required", Messages.get("comment.consultationForm.departmentRequired"));
        }
        List<Long> chosen = new ArrayList<>();
        for (String p : planIds) {
            var id = JapaneseText.parseWholeNumber(p);
            if (id.isEmpty() || !plans.contains(id.get())) {
                errors.rejectValue("planIds", "choice", Messages.get("comment.consultationForm.planChoice"));
                break;
            }
            if (!chosen.contains(id.get())) {
                chosen.add(id.get());
            }
        }
        FormChecks.optional(errors, "summary", summary, Messages.get("fragment.whitePaper.summary"), MAX_SUMMARY);
        FormChecks.optional(
                errors, "readingPlaces", readingPlaces, Messages.get("site.comment.viewingPlaces"), MAX_READING);
        LocalDate start = date(errors, "startsOn", startsOn, "staff.comments.startsOn", true);
        LocalDate end = date(errors, "deadline", deadline, "staff.comments.deadline", false);
        FormChecks.optional(
                errors, "shortenedReason", shortenedReason, Messages.get("staff.comments.shortReason"), MAX_REASON);
        FormChecks.optional(errors, "postAddress", postAddress, Messages.get("staff.comments.postAddress"), 300);
        FormChecks.optional(errors, "fax", fax, Messages.get("staff.comments.fax"), 40);
        FormChecks.optional(errors, "email", email, Messages.get("staff.comments.email"), 200);
        FormChecks.optional(errors, "inPerson", inPerson, Messages.get("staff.comments.inPerson"), 300);
        FormChecks.optional(
                errors,
                "eligibility",
                eligibility,
                Messages.get("comment.form.eligibility"),
                ConsultationContent.MAX_ELIGIBILITY);
        Set<SubmitterDetail> details = EnumSet.noneOf(SubmitterDetail.class);
        for (String d : requiredDetails) {
            try {
                details.add(SubmitterDetail.valueOf(JapaneseText.text(d)));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("requiredDetails", "choice", Messages.get("comment.form.detailChoice"));
                break;
            }
        }
        int retention = FormChecks.wholeNumber(
                        errors,
                        "retentionDays",
                        retentionDays,
                        Messages.get("staff.comments.retentionDays"),
                        MAX_RETENTION_DAYS)
                .map(Long::intValue)
                .orElse(ConsultationContent.DEFAULT_RETENTION_DAYS);
        ConsultationPeriod period = null;
        if (start != null && !errors.hasFieldErrors("deadline") && !errors.hasFieldErrors("shortenedReason")) {
            try {
                period = end == null
                        ? ConsultationPeriod.standard(start)
                        : new ConsultationPeriod(start, end, JapaneseText.text(shortenedReason));
            } catch (BusinessRuleException e) {
                errors.rejectValue(end == null ? "startsOn" : "deadline", "period", e.getMessage());
            }
        }
        if (errors.hasErrors() || period == null) {
            return null;
        }
        return new ConsultationContent(
                JapaneseText.fold(departmentCode),
                JapaneseText.text(title),
                opt(summary),
                chosen,
                opt(readingPlaces),
                period,
                new Channels(webForm, opt(postAddress), opt(fax), opt(email), opt(inPerson)),
                retention,
                opt(eligibility),
                details);
    }

    private static @Nullable LocalDate date(
            Errors errors, String field, @Nullable String value, String labelKey, boolean required) {
        if (errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            var parsed = JapaneseDates.parse(value);
            if (parsed.isEmpty() && required) {
                errors.rejectValue(
                        field,
                        "required",
                        Messages.get("comment.consultationForm.dateRequired", Messages.get(labelKey)));
            }
            return parsed.map(JapaneseDates.Parsed::date).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "date", Messages.get("comment.consultationForm.date", Messages.get(labelKey)));
            return null;
        }
    }

    static @Nullable String opt(@Nullable String s) {
        String t = JapaneseText.text(s);
        return t.isEmpty() ? null : t;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = nz(title);
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(@Nullable String departmentCode) {
        this.departmentCode = nz(departmentCode);
    }

    public List<String> getPlanIds() {
        return planIds;
    }

    public void setPlanIds(@Nullable List<String> planIds) {
        this.planIds = planIds == null ? new ArrayList<>() : new ArrayList<>(planIds);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = nz(summary);
    }

    public String getReadingPlaces() {
        return readingPlaces;
    }

    public void setReadingPlaces(@Nullable String readingPlaces) {
        this.readingPlaces = nz(readingPlaces);
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(@Nullable String startsOn) {
        this.startsOn = nz(startsOn);
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(@Nullable String deadline) {
        this.deadline = nz(deadline);
    }

    public String getShortenedReason() {
        return shortenedReason;
    }

    public void setShortenedReason(@Nullable String shortenedReason) {
        this.shortenedReason = nz(shortenedReason);
    }

    public boolean isWebForm() {
        return webForm;
    }

    public void setWebForm(boolean webForm) {
        this.webForm = webForm;
    }

    public String getPostAddress() {
        return postAddress;
    }

    public void setPostAddress(@Nullable String postAddress) {
        this.postAddress = nz(postAddress);
    }

    public String getFax() {
        return fax;
    }

    public void setFax(@Nullable String fax) {
        this.fax = nz(fax);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = nz(email);
    }

    public String getInPerson() {
        return inPerson;
    }

    public void setInPerson(@Nullable String inPerson) {
        this.inPerson = nz(inPerson);
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(@Nullable String eligibility) {
        this.eligibility = nz(eligibility);
    }

    public List<String> getRequiredDetails() {
        return requiredDetails;
    }

    public void setRequiredDetails(@Nullable List<String> requiredDetails) {
        this.requiredDetails = requiredDetails == null ? new ArrayList<>() : new ArrayList<>(requiredDetails);
    }

    public String getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(@Nullable String retentionDays) {
        this.retentionDays = nz(retentionDays);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
