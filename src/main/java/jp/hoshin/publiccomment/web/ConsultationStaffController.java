package jp.hoshin.publiccomment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.publiccomment.ConsultationContent;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.SubmitterDetail;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static jp.hoshin.publiccomment.web.CommentPages.act;
import static jp.hoshin.publiccomment.web.CommentPages.text;

/**
 * Staff pages of パブリックコメント案件: the list of plans and consultations, a consultation with its opinions,
 * creating, announcing and publishing the results. The list is read by the municipality's staff; a consultation by
 * the planning section, the owning department, the mayor's office and viewers — personal data only by the planning
 * section and the owning department, who also announce it and publish the results. Another department's editor is
 * refused.
 */
@Controller
class ConsultationStaffController {

    static final String INDEX_VIEW = "staff/comments";
    static final String CONSULTATION_VIEW = "staff/comment";

    private final Municipalities municipalities;
    private final Consultations consultations;
    private final IndividualPlans plans;
    private final ConsultationPage page;
    private final Access access;
    private final DepartmentDirectory departments;
    private final PolicyPlans policyPlans;

    ConsultationStaffController(
            Municipalities municipalities,
            Consultations consultations,
            IndividualPlans plans,
            ConsultationPage page,
            Access access,
            DepartmentDirectory departments,
            PolicyPlans policyPlans) {
        this.policyPlans = policyPlans;
        this.municipalities = municipalities;
        this.consultations = consultations;
        this.plans = plans;
        this.page = page;
        this.access = access;
        this.departments = departments;
    }

    @GetMapping("/staff/m/{code}/comments")
    String index(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        if (!model.containsAttribute("consultationForm")) {
            model.addAttribute(
                    "consultationForm",
                    ConsultationForm.starting(
                            LocalDate.now(ConsultationPeriod.JAPAN).plusDays(7)));
        }
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", new IndividualPlanForm());
        }
        return show(m, model);
    }

    /** The list page with the forms in the model (new, or as typed with their messages). */
    String show(MunicipalityView m, Model model) {
        CommentPages.departments(departments, m.code(), model);
        CommentPages.linkable(policyPlans, m.code(), model);
        model.addAttribute("municipality", m);
        model.addAttribute("plans", plans.plans(m.code()));
        List<ConsultationView> all = consultations.consultations(m.code());
        model.addAttribute("consultations", all);
        // a department editor opens only the consultations of their own departments: no link to the others
        model.addAttribute(
                "readable",
                all.stream()
                        .filter(c -> CommentPages.canRead(access, m.code(), c))
                        .map(ConsultationView::id)
                        .collect(Collectors.toSet()));
        model.addAttribute("kinds", IndividualPlanKind.values());
        model.addAttribute("details", SubmitterDetail.values());
        model.addAttribute("canWrite", CommentPages.canWrite(access, m.code()));
        model.addAttribute("canAdminister", access.canAdminister(m.code()));
        return INDEX_VIEW;
    }

    /**
     * Creates a consultation. A failed check shows the page again (422) with what was typed and a message next to each
     * field; nothing is saved.
     */
    @PostMapping("/staff/m/{code}/comments")
    String create(
            @PathVariable String code,
            @ModelAttribute("consultationForm") ConsultationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        String department = JapaneseText.fold(form.getDepartmentCode());
        if (department.isEmpty()) {
            CommentPages.requireWrite(access, m.code());
        } else {
            access.requireDepartmentEdit(m.code(), department);
        }
        Set<Long> planIds =
                plans.plans(m.code()).stream().map(IndividualPlanView::id).collect(Collectors.toSet());
        ConsultationContent content = form.check(errors, planIds);
        if (content != null) {
            try {
                ConsultationView c = consultations.create(m.code(), content);
                redirect.addFlashAttribute(
                        "flash",
                        Messages.get("comment.flash.created", c.content().title()));
                return "redirect:/staff/m/" + m.code() + "/comments";
            } catch (BusinessRuleException e) {
                FormChecks.refused(errors, e, null);
            }
        }
        response.setStatus(422);
        model.addAttribute("planForm", new IndividualPlanForm());
        model.addAttribute("consultationErrors", true);
        return show(m, model);
    }

    @GetMapping("/staff/m/{code}/comments/{id}")
    String consultation(@PathVariable String code, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        ConsultationView c = consultations.consultation(m.code(), id);
        boolean handle = CommentPages.requireRead(access, m.code(), c);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OpinionForm());
        }
        return page.show(m, c, handle, model);
    }

    @PostMapping("/staff/m/{code}/comments/{id}/announce")
    String announce(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        CommentPages.requireHandle(access, code, consultations.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id, () -> {
            consultations.announce(code, id);
            return Messages.get("comment.flash.announced");
        });
    }

    @PostMapping("/staff/m/{code}/comments/{id}/publish")
    String publish(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String changes,
            RedirectAttributes redirect) {
        CommentPages.requireHandle(access, code, consultations.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id, () -> {
            consultations.publishResults(
                    code, id, text("changes", changes, Messages.get("site.comment.mainChanges"), 4000));
            return Messages.get("comment.flash.resultsPublished");
        });
    }
}
