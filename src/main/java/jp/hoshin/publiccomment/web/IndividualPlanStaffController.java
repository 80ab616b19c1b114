package jp.hoshin.publiccomment.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.DraftUpload;
import jp.hoshin.publiccomment.IndividualPlanContent;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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

import static jp.hoshin.publiccomment.web.CommentPages.act;

/**
 * Staff pages of the register of 個別計画: a plan and its draft documents are read by the municipality's staff and
 * written by the planning section and the owning department; another department's editor is refused.
 */
@Controller
class IndividualPlanStaffController {

    static final String PLAN_VIEW = "staff/individual-plan";

    private final Municipalities municipalities;
    private final IndividualPlans plans;
    private final Access access;
    private final PolicyPlans policyPlans;
    private final DepartmentDirectory departments;
    private final ConsultationStaffController index;

    IndividualPlanStaffController(
            Municipalities municipalities,
            IndividualPlans plans,
            Access access,
            PolicyPlans policyPlans,
            DepartmentDirectory departments,
            ConsultationStaffController index) {
        this.index = index;
        this.municipalities = municipalities;
        this.plans = plans;
        this.access = access;
        this.policyPlans = policyPlans;
        this.departments = departments;
    }

    /**
     * Registers a plan. A failed check shows the list page again (422) with what was typed and a message next to each
     * field; nothing is saved.
     */
    @PostMapping("/staff/m/{code}/comments/plans")
    String register(
            @PathVariable String code,
            @ModelAttribute("planForm") IndividualPlanForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        if (form.department().isEmpty()) {
            CommentPages.requireWrite(access, m.code());
        } else {
            access.requireDepartmentEdit(m.code(), form.department());
        }
        IndividualPlanContent content = form.check(errors);
        if (content != null) {
            try {
                IndividualPlanView p = plans.register(m.code(), content);
                redirect.addFlashAttribute("flash", Messages.get("comment.flash.planRegistered", p.displayName()));
                return "redirect:/staff/m/" + m.code() + "/comments";
            } catch (BusinessRuleException e) {
                FormChecks.refused(errors, e, null);
            }
        }
        response.setStatus(422);
        model.addAttribute(
                "consultationForm",
                ConsultationForm.starting(
                        LocalDate.now(ConsultationPeriod.JAPAN).plusDays(7)));
        model.addAttribute("planErrors", true);
        return index.show(m, model);
    }

    @GetMapping("/staff/m/{code}/comments/plans/{id}")
    String plan(@PathVariable String code, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        IndividualPlanView plan = plans.plan(m.code(), id);
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", IndividualPlanForm.of(plan));
        }
        return show(m, plan, model);
    }

    private String show(MunicipalityView m, IndividualPlanView plan, Model model) {
        CommentPages.departments(departments, m.code(), model);
        model.addAttribute("municipality", m);
        model.addAttribute("plan", plan);
        model.addAttribute("kinds", IndividualPlanKind.values());
        model.addAttribute("documents", plans.documents(List.of(plan.id())));
        model.addAttribute(
                "canEdit", access.canEditDepartment(m.code(), plan.content().departmentCode()));
        CommentPages.linkable(policyPlans, m.code(), model);
        return PLAN_VIEW;
    }

    /**
     * Describes the plan anew. A failed check, or an edit of a plan changed meanwhile, shows the page again (422 / 409)
     * with what was typed; nothing is saved.
     */
    @PostMapping("/staff/m/{code}/comments/plans/{id}")
    String describe(
            @PathVariable String code,
            @PathVariable long id,
            @ModelAttribute("planForm") IndividualPlanForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        IndividualPlanView plan = plans.plan(m.code(), id);
        access.requireDepartmentEdit(m.code(), plan.content().departmentCode());
        if (!form.department().isEmpty()) {
            access.requireDepartmentEdit(m.code(), form.department());
        }
        IndividualPlanContent content = form.check(errors);
        if (content != null) {
            try {
                plans.describe(m.code(), id, form.getVersion(), content);
                redirect.addFlashAttribute("flash", Messages.get("comment.flash.planSaved"));
                return "redirect:/staff/m/" + m.code() + "/comments/plans/" + id;
            } catch (ConcurrentEditException e) {
                errors.reject("stale", e.getMessage());
                response.setStatus(409);
                return show(m, plan, model);
            } catch (BusinessRuleException e) {
                FormChecks.refused(errors, e, null);
            }
        }
        response.setStatus(422);
        return show(m, plan, model);
    }

    @PostMapping("/staff/m/{code}/comments/plans/{id}/advance")
    String advance(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, plans.plan(code, id).content().departmentCode());
        return act(
                redirect,
                "/staff/m/" + code + "/comments/plans/" + id,
                () -> Messages.get(
                        "comment.flash.planAdvanced", plans.advance(code, id).label()));
    }

    /** 公開: the planning section or the owning department makes the plan and its current documents public. */
    @PostMapping("/staff/m/{code}/comments/plans/{id}/publish")
    String publish(
            @PathVariable String code, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, plans.plan(code, id).content().departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id, () -> {
            plans.publish(code, id, version);
            return Messages.get("comment.flash.planPublished");
        });
    }

    @PostMapping("/staff/m/{code}/comments/plans/{id}/documents")
    String upload(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, plans.plan(code, id).content().departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id, () -> {
            plans.addDocument(code, id, upload(title, file));
            return Messages.get("comment.flash.documentAdded");
        });
    }

    /** 差し替え: a new PDF in place of a current draft document, which stays in the history. */
    @PostMapping("/staff/m/{code}/comments/plans/{id}/documents/{documentId}/replace")
    String replace(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long documentId,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, plans.plan(code, id).content().departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id, () -> {
            plans.replaceDocument(code, id, documentId, version, upload(title, file));
            return Messages.get("comment.flash.documentReplaced");
        });
    }

    /** 取り下げ: the draft document is no longer served publicly; it stays in the history. */
    @PostMapping("/staff/m/{code}/comments/plans/{id}/documents/{documentId}/withdraw")
    String withdraw(
            @PathVariable String code,
            @PathVariable long id,
            @PathVariable long documentId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, plans.plan(code, id).content().departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id, () -> {
            plans.withdrawDocument(code, id, documentId, version);
            return Messages.get("comment.flash.documentWithdrawn");
        });
    }

    /** Any draft document of the plan, withdrawn and replaced ones too, for the municipality's staff. */
    @GetMapping("/staff/m/{code}/comments/plans/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id, @PathVariable long documentId) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        plans.plan(m.code(), id);
        Map.Entry<String, byte[]> file = plans.staffDocumentFile(m.code(), documentId)
                .orElseThrow(() -> new NotFoundException(Messages.get("comment.document.notFound")));
        return Downloads.inline(file.getKey(), MediaType.APPLICATION_PDF)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.getValue());
    }

    private static DraftUpload upload(String title, @Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw BusinessRuleException.about("file", Messages.get("comment.document.required"));
        }
        if (file.getSize() > IndividualPlans.MAX_DOCUMENT_BYTES) {
            throw BusinessRuleException.about("file", IndividualPlans.tooLarge().getMessage());
        }
        String type = file.getContentType();
        if (type != null && !type.equals("application/pdf") && !type.equals("application/octet-stream")) {
            throw BusinessRuleException.about("file", Messages.get("comment.document.pdfOnly"));
        }
        try {
            return new DraftUpload(
                    JapaneseText.text(title),
                    Optional.ofNullable(file.getOriginalFilename()).orElse(""),
                    file.getBytes());
        } catch (IOException e) {
            throw BusinessRuleException.about("file", Messages.get("comment.document.unreadable"));
        }
    }
}
