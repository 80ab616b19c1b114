package jp.hoshin.publiccomment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.identity.Role;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.TypedForm;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the staff pages of 個別計画とパブリックコメント share: who may read and handle a consultation, the
 * departments for the owner fields, the text and date fields' checks, and redirect-after-POST with a flash message.
 */
final class CommentPages {

    private CommentPages() {}

    /** The municipality's departments, for the owner fields (chosen from a list) and to show owners by name. */
    static void departments(DepartmentDirectory departments, String code, Model model) {
        List<DepartmentDirectory.DepartmentChoice> choices = departments.departments(code);
        model.addAttribute("departments", choices);
        model.addAttribute(
                "departmentNames",
                choices.stream()
                        .collect(Collectors.toMap(
                                DepartmentDirectory.DepartmentChoice::code,
                                DepartmentDirectory.DepartmentChoice::name,
                                (a, b) -> a)));
    }

    /**
     * The plan elements an individual plan may serve, grouped by plan for the choice list (名前で選ぶ, not by
     * 要素ID), and by key for showing a chosen one by name.
     */
    static void linkable(PolicyPlans policyPlans, String code, Model model) {
        List<PolicyPlans.LinkableElement> all = policyPlans.linkable(code);
        model.addAttribute("linkable", all);
        model.addAttribute("linkableGroups", PolicyPlans.LinkableElement.byPlan(all));
        model.addAttribute(
                "linkableKeys",
                all.stream().map(PolicyPlans.LinkableElement::key).collect(Collectors.toSet()));
    }

    /** Whether the current staff member handles this consultation (and sees personal data); refuses other departments' editors. */
    static boolean requireRead(Access access, String code, ConsultationView c) {
        access.requireView(code);
        if (!canRead(access, code, c)) {
            throw refusal();
        }
        return access.canEditDepartment(code, c.content().departmentCode());
    }

    /** A department editor reads only the consultations of their own departments; every other role reads all. */
    static boolean canRead(Access access, String code, ConsultationView c) {
        return access.canEditDepartment(code, c.content().departmentCode())
                || !access.currentStaff()
                        .map(s -> s.role() == Role.DEPARTMENT_EDITOR)
                        .orElse(true);
    }

    /** Only the planning section and the owning department handle a consultation. */
    static void requireHandle(Access access, String code, ConsultationView c) {
        if (!access.canEditDepartment(code, c.content().departmentCode())) {
            throw refusal();
        }
    }

    private static AccessDeniedException refusal() {
        return new AccessDeniedException(Messages.get("comment.access.handle"));
    }

    /** Whether the current staff member may register plans and create consultations (for some department). */
    static boolean canWrite(Access access, String code) {
        return access.canView(code)
                && access.currentStaff()
                        .map(s -> s.role() == Role.PLANNING_ADMIN || s.role() == Role.DEPARTMENT_EDITOR)
                        .orElse(false);
    }

    static void requireWrite(Access access, String code) {
        access.requireView(code);
        if (!canWrite(access, code)) {
            throw new AccessDeniedException(Messages.get("access.department"));
        }
    }

    /** The text of the form's field {@code field}, required; a refusal names the field. */
    static String required(String field, @Nullable String value, String label, int max) {
        String t = text(field, value, label, max);
        if (t == null) {
            throw BusinessRuleException.about(field, Messages.get("form.requiredField", label));
        }
        return t;
    }

    /** The constant of the enum named by the form value (absent: the default), or the refusal with the message. */
    static <E extends Enum<E>> E choice(Class<E> type, @Nullable String value, String defaultName, String refusal) {
        try {
            return Enum.valueOf(type, value == null ? defaultName : value);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(refusal);
        }
    }

    /** The text of the form's field {@code field}, or null when empty; a refusal names the field. */
    static @Nullable String text(String field, @Nullable String value, String label, int max) {
        String t = JapaneseText.text(value);
        if (t.length() > max) {
            throw BusinessRuleException.about(field, Messages.get("form.tooLongNow", label, max, t.length()));
        }
        return t.isEmpty() ? null : t;
    }

    static LocalDate date(@Nullable String value, String label) {
        try {
            return JapaneseDates.parse(value)
                    .map(JapaneseDates.Parsed::date)
                    .orElseThrow(() ->
                            new BusinessRuleException(Messages.get("comment.consultationForm.dateRequired", label)));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(Messages.get("comment.consultationForm.date", label));
        }
    }

    static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    /**
     * Runs the action and redirects to the target with its message, or with the refusal of a business rule or a
     * concurrent edit: the form comes back as typed with the message next to its field ({@link TypedForm}).
     */
    static String act(RedirectAttributes redirect, String target, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (BusinessRuleException | ConcurrentEditException e) {
            TypedForm.keep(redirect, e);
        }
        return "redirect:" + target;
    }
}
