package jp.hoshin.publiccomment.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.publiccomment.DraftUpload;
import jp.hoshin.publiccomment.IndividualPlanContent;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static jp.hoshin.publiccomment.web.CommentPages.act;
import static jp.hoshin.publiccomment.web.CommentPages.required;
import static jp.hoshin.publiccomment.web.CommentPages.text;

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

    IndividualPlanStaffController(
            Municipalities municipalities,
            IndividualPlans plans,
            Access access,
            PolicyPlans policyPlans,
            DepartmentDirectory departments) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.access = access;
        this.policyPlans = policyPlans;
        this.departments = departments;
    }

    @PostMapping("/staff/m/{code}/comments/plans")
    String register(
            @PathVariable String code,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "elementKeys", required = false) @Nullable List<String> elementKeys,
            RedirectAttributes redirect) {
        IndividualPlanContent content = planContent(params, elementKeys);
        access.requireDepartmentEdit(code, content.departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments", () -> {
            IndividualPlanView p = plans.register(code, content);
            return "個別計画「" + p.displayName() + "」を登録しました。";
        });
    }

    @GetMapping("/staff/m/{code}/comments/plans/{id}")
    String plan(@PathVariable String code, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        IndividualPlanView plan = plans.plan(m.code(), id);
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

    @PostMapping("/staff/m/{code}/comments/plans/{id}")
    String describe(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "elementKeys", required = false) @Nullable List<String> elementKeys,
            RedirectAttributes redirect) {
        IndividualPlanView plan = plans.plan(code, id);
        access.requireDepartmentEdit(code, plan.content().departmentCode());
        IndividualPlanContent content = planContent(params, elementKeys);
        access.requireDepartmentEdit(code, content.departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id, () -> {
            plans.describe(code, id, version, content);
            return "個別計画を保存しました。";
        });
    }

    @PostMapping("/staff/m/{code}/comments/plans/{id}/advance")
    String advance(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, plans.plan(code, id).content().departmentCode());
        return act(
                redirect,
                "/staff/m/" + code + "/comments/plans/" + id,
                () -> "計画の段階を「" + plans.advance(code, id).label() + "」にしました。");
    }

    @PostMapping("/staff/m/{code}/comments/plans/{id}/documents")
    String upload(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, plans.plan(code, id).content().departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id, () -> {
            if (file.getSize() > IndividualPlans.MAX_DOCUMENT_BYTES) {
                throw IndividualPlans.tooLarge();
            }
            String type = file.getContentType();
            if (type != null && !type.equals("application/pdf") && !type.equals("application/octet-stream")) {
                throw new BusinessRuleException("PDF ファイルを選んでください。");
            }
            try {
                plans.addDocument(
                        code,
                        id,
                        new DraftUpload(
                                JapaneseText.text(title),
                                Optional.ofNullable(file.getOriginalFilename()).orElse(""),
                                file.getBytes()));
            } catch (IOException e) {
                throw new BusinessRuleException("ファイルを読み込めませんでした。もう一度選んでください。");
            }
            return "資料を登録しました。";
        });
    }

    /**
     * The form's fields; the plan elements come as one value each from the choice list (an older form or a script
     * may still send them as one text of keys separated by commas).
     */
    private static IndividualPlanContent planContent(Map<String, String> p, @Nullable List<String> elementKeys) {
        IndividualPlanKind kind =
                CommentPages.choice(IndividualPlanKind.class, p.get("kind"), "FORMULATION", "策定か改定かを選んでください。");
        return new IndividualPlanContent(
                required(p.get("name"), "計画名", 200),
                p.containsKey("provisionalName"),
                kind,
                JapaneseText.fold(p.get("departmentCode")),
                text(p.get("section"), "担当課", 100),
                text(p.get("phone"), "電話番号", 40),
                text(p.get("email"), "電子メール", 200),
                text(p.get("purpose"), "目的・概要", 4000),
                text(p.get("composition"), "計画の構成", 4000),
                JapaneseText.text(p.get("mainProjects"))
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList(),
                text(p.get("period"), "計画期間", 100),
                (elementKeys == null ? List.<String>of() : elementKeys)
                        .stream()
                                .flatMap(k -> Arrays.stream(JapaneseText.fold(k).split("[,、\\s]+")))
                                .filter(s -> !s.isEmpty())
                                .distinct()
                                .toList());
    }
}
