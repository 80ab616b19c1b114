package jp.hoshin.publiccomment.web;

import java.util.List;

import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.IndividualPlanView;
import org.jspecify.annotations.Nullable;

/**
 * 担当課と問い合わせ先 shown with the results: the consultation's department by name, and the section, telephone and
 * e-mail of its first plan (the consultation's own e-mail address when the plan gives none).
 */
record ResultsContact(
        String department,
        @Nullable String section,
        @Nullable String phone,
        @Nullable String email) {

    static ResultsContact of(DepartmentDirectory departments, ConsultationView c, List<IndividualPlanView> plans) {
        String department = departments.departments(c.municipalityCode()).stream()
                .filter(d -> d.code().equals(c.content().departmentCode()))
                .map(DepartmentDirectory.DepartmentChoice::name)
                .findFirst()
                .orElse(c.content().departmentCode());
        IndividualPlanView plan = plans.stream()
                .filter(p -> p.content().departmentCode().equals(c.content().departmentCode()))
                .findFirst()
                .orElse(plans.isEmpty() ? null : plans.getFirst());
        String email = plan == null || plan.content().email() == null
                ? c.content().channels().email()
                : plan.content().email();
        return new ResultsContact(
                department,
                plan == null ? null : plan.content().section(),
                plan == null ? null : plan.content().phone(),
                email);
    }
}
