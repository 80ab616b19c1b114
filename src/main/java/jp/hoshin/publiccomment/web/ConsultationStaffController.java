package jp.hoshin.publiccomment.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.identity.Role;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.publiccomment.Channels;
import jp.hoshin.publiccomment.ConsultationContent;
import jp.hoshin.publiccomment.ConsultationPeriod;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.SubmitterDetail;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static jp.hoshin.publiccomment.web.CommentPages.act;
import static jp.hoshin.publiccomment.web.CommentPages.date;
import static jp.hoshin.publiccomment.web.CommentPages.required;
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
        model.addAttribute(
                "canWrite",
                access.currentStaff()
                        .map(s -> s.role() == Role.PLANNING_ADMIN || s.role() == Role.DEPARTMENT_EDITOR)
                        .orElse(false));
        model.addAttribute(
                "defaultStart", LocalDate.now(ConsultationPeriod.JAPAN).plusDays(7));
        return INDEX_VIEW;
    }

    @PostMapping("/staff/m/{code}/comments")
    String create(
            @PathVariable String code,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "planIds", required = false) @Nullable List<Long> planIds,
            @RequestParam(name = "requiredDetails", required = false) @Nullable List<String> requiredDetails,
            RedirectAttributes redirect) {
        String department = JapaneseText.fold(params.get("departmentCode"));
        access.requireDepartmentEdit(code, department);
        return act(redirect, "/staff/m/" + code + "/comments", () -> {
            ConsultationView c = consultations.create(
                    code,
                    content(
                            department,
                            params,
                            planIds == null ? List.of() : planIds,
                            details(params, requiredDetails)));
            return "意見募集「" + c.content().title() + "」を作成しました。公示すると公開されます。";
        });
    }

    /** The details the web form requires: those checked, or all when the form had no such choice. */
    private static Set<SubmitterDetail> details(Map<String, String> params, @Nullable List<String> checked) {
        if (!params.containsKey("requiredDetailsShown")) {
            return SubmitterDetail.ALL;
        }
        Set<SubmitterDetail> set = EnumSet.noneOf(SubmitterDetail.class);
        for (String d : checked == null ? List.<String>of() : checked) {
            set.add(CommentPages.choice(SubmitterDetail.class, d, "", Messages.get("comment.form.detailChoice")));
        }
        return set;
    }

    private static ConsultationContent content(
            String department, Map<String, String> params, List<Long> planIds, Set<SubmitterDetail> details) {
        LocalDate start = date(params.get("startsOn"), "開始日");
        String deadlineText = JapaneseText.text(params.get("deadline"));
        ConsultationPeriod period = deadlineText.isEmpty()
                ? ConsultationPeriod.standard(start)
                : new ConsultationPeriod(
                        start, date(deadlineText, "締切日"), text(params.get("shortenedReason"), "短くする理由", 1000));
        int retention = Optional.ofNullable(
                        JapaneseText.optionalText(params.get("retentionDays")).orElse(null))
                .map(v -> JapaneseText.parseWholeNumber(v)
                        .orElseThrow(() -> new BusinessRuleException("個人情報の保存期間は日数で入力してください。")))
                .map(Long::intValue)
                .orElse(ConsultationContent.DEFAULT_RETENTION_DAYS);
        return new ConsultationContent(
                department,
                required(params.get("title"), "件名", 200),
                text(params.get("summary"), "概要", 4000),
                planIds,
                text(params.get("readingPlaces"), "閲覧場所", 2000),
                period,
                new Channels(
                        params.containsKey("webForm"),
                        text(params.get("postAddress"), "郵送先", 300),
                        text(params.get("fax"), "ファクス", 40),
                        text(params.get("email"), "電子メール", 200),
                        text(params.get("inPerson"), "持参先", 300)),
                retention,
                text(
                        params.get("eligibility"),
                        Messages.get("comment.form.eligibility"),
                        ConsultationContent.MAX_ELIGIBILITY),
                details);
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
            return "公示しました。公開ページに掲載されます。";
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
            consultations.publishResults(code, id, text(changes, "素案からの主な変更点", 4000));
            return "結果を公表しました。";
        });
    }
}
