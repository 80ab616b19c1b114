package jp.hoshin.organization.web;

import java.util.Arrays;
import java.util.List;

import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.SectionView;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The department edit form: text as typed, numbers as text (full-width accepted). */
public class DepartmentForm {

    private String headName = "";
    private String headNameKana = "";
    private String basicPolicy = "";
    private String workDescription = "";
    private String missionHeadline = "";
    private String mission = "";
    private String staffCount = "";
    private String budgetYen = "";
    private String sections = "";
    private long version;

    static DepartmentForm of(DepartmentView d) {
        DepartmentForm f = new DepartmentForm();
        DepartmentProfile p = d.profile();
        f.headName = nz(p.headName());
        f.headNameKana = nz(p.headNameKana());
        f.basicPolicy = nz(p.basicPolicy());
        f.workDescription = nz(p.workDescription());
        f.missionHeadline = nz(p.missionHeadline());
        f.mission = nz(p.mission());
        f.staffCount = p.staffCount() == null ? "" : p.staffCount().toString();
        f.budgetYen = p.budgetYen() == null ? "" : String.format("%,d", p.budgetYen());
        f.sections =
                String.join("\n", d.sections().stream().map(SectionView::name).toList());
        f.version = d.version();
        return f;
    }

    /** Checks every field, puts messages next to them, and returns the profile when all is well. */
    @Nullable
    DepartmentProfile validate(BindingResult errors) {
        FormChecks.optional(errors, "headName", headName, "部長名", 60);
        FormChecks.optional(errors, "headNameKana", headNameKana, "部長名（ふりがな）", 120);
        FormChecks.kana(errors, "headNameKana", headNameKana, "部長名（ふりがな）");
        FormChecks.optional(errors, "basicPolicy", basicPolicy, "基本方針", 2000);
        FormChecks.optional(errors, "workDescription", workDescription, "部の仕事", 4000);
        FormChecks.optional(errors, "missionHeadline", missionHeadline, "部の使命・目標（見出し）", 200);
        FormChecks.optional(errors, "mission", mission, "部の使命・目標", 8000);
        var staff = FormChecks.wholeNumber(errors, "staffCount", staffCount, "職員数", 100_000);
        var budget = FormChecks.wholeNumber(errors, "budgetYen", budgetYen, "予算規模（円）", 9_999_999_999_999L);
        List<String> names = sectionNames();
        for (String n : names) {
            if (n.length() > 60) {
                errors.rejectValue(
                        "sections", "tooLong", Messages.get("organization.section.lineTooLong", n.substring(0, 15)));
                break;
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            errors.rejectValue("sections", "duplicate", Messages.get("organization.section.duplicate"));
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new DepartmentProfile(
                opt(headName),
                opt(headNameKana),
                opt(basicPolicy),
                opt(workDescription),
                opt(missionHeadline),
                opt(mission),
                staff.map(Long::intValue).orElse(null),
                budget.orElse(null));
    }

    List<String> sectionNames() {
        return Arrays.stream(JapaneseText.text(sections).split("\n"))
                .map(JapaneseText::text)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable String opt(String s) {
        return JapaneseText.optionalText(s).orElse(null);
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getHeadNameKana() {
        return headNameKana;
    }

    public void setHeadNameKana(String headNameKana) {
        this.headNameKana = headNameKana;
    }

    public String getBasicPolicy() {
        return basicPolicy;
    }

    public void setBasicPolicy(String basicPolicy) {
        this.basicPolicy = basicPolicy;
    }

    public String getWorkDescription() {
        return workDescription;
    }

    public void setWorkDescription(String workDescription) {
        this.workDescription = workDescription;
    }

    public String getMissionHeadline() {
        return missionHeadline;
    }

    public void setMissionHeadline(String missionHeadline) {
        this.missionHeadline = missionHeadline;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(String staffCount) {
        this.staffCount = staffCount;
    }

    public String getBudgetYen() {
        return budgetYen;
    }

    public void setBudgetYen(String budgetYen) {
        this.budgetYen = budgetYen;
    }

    public String getSections() {
        return sections;
    }

    public void setSections(String sections) {
        this.sections = sections;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
