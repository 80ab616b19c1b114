package jp.hoshin.publiccomment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.hoshin.publiccomment.IndividualPlanContent;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The form that registers or describes an individual plan: every value as typed, checked field by field with the
 * message next to the field, and shown again as typed when a check fails. The plan elements come as one value each
 * from the choice list (an older form or a script may still send them as one text of keys separated by commas).
 */
public class IndividualPlanForm {

    private String name = "";
    private boolean provisionalName;
    private String kind = IndividualPlanKind.FORMULATION.name();
    private String departmentCode = "";
    private String section = "";
    private String phone = "";
    private String email = "";
    private String purpose = "";
    private String composition = "";
    private String mainProjects = "";
    private String period = "";
    private List<String> elementKeys = new ArrayList<>();
    private long version;

    static IndividualPlanForm of(IndividualPlanView plan) {
        IndividualPlanForm f = new IndividualPlanForm();
        IndividualPlanContent c = plan.content();
        f.name = c.name();
        f.provisionalName = c.provisionalName();
        f.kind = c.kind().name();
        f.departmentCode = c.departmentCode();
        f.section = nz(c.section());
        f.phone = nz(c.phone());
        f.email = nz(c.email());
        f.purpose = nz(c.purpose());
        f.composition = nz(c.composition());
        f.mainProjects = c.mainProjectsText();
        f.period = nz(c.period());
        f.elementKeys = new ArrayList<>(c.elementKeys());
        f.version = plan.version();
        return f;
    }

    /** Puts a Japanese message next to each field that is wrong; returns the content when all is well. */
    @Nullable
    IndividualPlanContent check(Errors errors) {
        FormChecks.required(errors, "name", name, Messages.get("staff.individualPlan.name"), 200);
        IndividualPlanKind k = null;
        try {
            k = IndividualPlanKind.valueOf(JapaneseText.text(kind));
        } catch (IllegalArgumentException e) {
            errors.rejectValue("kind", "choice", Messages.get("comment.planForm.kindChoice"));
        }
        if (JapaneseText.fold(departmentCode).isEmpty()) {
            errors.rejectValue(
                    "departmentCode", "required", Messages.get("comment.consultationForm.departmentRequired"));
        }
        FormChecks.optional(errors, "section", section, Messages.get("staff.individualPlan.section"), 100);
        FormChecks.optional(errors, "phone", phone, Messages.get("site.commentForm.phone"), 40);
        FormChecks.optional(errors, "email", email, Messages.get("staff.individualPlan.email"), 200);
        FormChecks.optional(errors, "purpose", purpose, Messages.get("fragment.planSummary.purpose"), 4000);
        FormChecks.optional(errors, "composition", composition, Messages.get("fragment.planSummary.composition"), 4000);
        FormChecks.optional(
                errors, "mainProjects", mainProjects, Messages.get("staff.individualPlan.mainProjects"), 8000);
        FormChecks.optional(errors, "period", period, Messages.get("fragment.policy.planPeriod"), 100);
        if (errors.hasErrors() || k == null) {
            return null;
        }
        return new IndividualPlanContent(
                JapaneseText.text(name),
                provisionalName,
                k,
                JapaneseText.fold(departmentCode),
                ConsultationForm.opt(section),
                ConsultationForm.opt(phone),
                ConsultationForm.opt(email),
                ConsultationForm.opt(purpose),
                ConsultationForm.opt(composition),
                JapaneseText.text(mainProjects)
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList(),
                ConsultationForm.opt(period),
                elementKeys.stream()
                        .flatMap(key -> Arrays.stream(JapaneseText.fold(key).split("[,、\\s]+")))
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList());
    }

    /** The department the form names (folded), for the access check before the fields are checked. */
    String department() {
        return JapaneseText.fold(departmentCode);
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = nz(name);
    }

    public boolean isProvisionalName() {
        return provisionalName;
    }

    public void setProvisionalName(boolean provisionalName) {
        this.provisionalName = provisionalName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = nz(kind);
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(@Nullable String departmentCode) {
        this.departmentCode = nz(departmentCode);
    }

    public String getSection() {
        return section;
    }

    public void setSection(@Nullable String section) {
        this.section = nz(section);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = nz(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = nz(email);
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(@Nullable String purpose) {
        this.purpose = nz(purpose);
    }

    public String getComposition() {
        return composition;
    }

    public void setComposition(@Nullable String composition) {
        this.composition = nz(composition);
    }

    public String getMainProjects() {
        return mainProjects;
    }

    public void setMainProjects(@Nullable String mainProjects) {
        this.mainProjects = nz(mainProjects);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(@Nullable String period) {
        this.period = nz(period);
    }

    public List<String> getElementKeys() {
        return elementKeys;
    }

    public void setElementKeys(@Nullable List<String> elementKeys) {
        this.elementKeys = elementKeys == null ? new ArrayList<>() : new ArrayList<>(elementKeys);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
