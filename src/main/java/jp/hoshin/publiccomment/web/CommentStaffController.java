package jp.hoshin.publiccomment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
import jp.hoshin.publiccomment.IndividualPlanContent;
import jp.hoshin.publiccomment.IndividualPlanKind;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.publiccomment.OpinionHandling;
import jp.hoshin.publiccomment.OpinionSubmission;
import jp.hoshin.publiccomment.OpinionView;
import jp.hoshin.publiccomment.Publication;
import jp.hoshin.publiccomment.PublicComments;
import jp.hoshin.publiccomment.Receipt;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Csv;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.JapaneseText;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of 個別計画とパブリックコメント. The register and the consultations are read by the municipality's
 * staff; plans and consultations are written by the planning section and the owning department. A consultation's
 * opinions are read by the planning section, the owning department, the mayor's office and viewers — personal
 * data only by the planning section and the owning department, who also record and handle opinions and publish
 * the results. Another department's editor is refused.
 */
@Controller
class CommentStaffController {

    static final String INDEX_VIEW = "staff/comments";
    static final String PLAN_VIEW = "staff/individual-plan";
    static final String CONSULTATION_VIEW = "staff/comment";

    private final Municipalities municipalities;
    private final PublicComments comments;
    private final Access access;
    private final PolicyPlans policyPlans;
    private final DepartmentDirectory departments;

    CommentStaffController(Municipalities municipalities, PublicComments comments, Access access, PolicyPlans policyPlans,
                           DepartmentDirectory departments) {
        this.municipalities = municipalities;
        this.comments = comments;
        this.access = access;
        this.policyPlans = policyPlans;
        this.departments = departments;
    }

    /** The municipality's departments, for the owner fields (chosen from a list) and to show owners by name. */
    @ModelAttribute
    void departments(@PathVariable(required = false) @Nullable String code, Model model) {
        List<DepartmentDirectory.DepartmentChoice> choices = code == null ? List.of() : departments.departments(code);
        model.addAttribute("departments", choices);
        model.addAttribute("departmentNames", choices.stream().collect(Collectors.toMap(DepartmentDirectory.DepartmentChoice::code,
                DepartmentDirectory.DepartmentChoice::name, (a, b) -> a)));
    }

    @GetMapping("/staff/m/{code}/comments")
    String index(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("plans", comments.plans(m.code()));
        List<ConsultationView> consultations = comments.consultations(m.code());
        model.addAttribute("consultations", consultations);
        // a department editor opens only the consultations of their own departments: no link to the others
        model.addAttribute("readable", consultations.stream().filter(c -> canRead(m.code(), c)).map(ConsultationView::id)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("kinds", IndividualPlanKind.values());
        model.addAttribute("canWrite", access.currentStaff().map(s -> s.role() == Role.PLANNING_ADMIN || s.role() == Role.DEPARTMENT_EDITOR).orElse(false));
        model.addAttribute("defaultStart", LocalDate.now(ConsultationPeriod.JAPAN).plusDays(7));
        return INDEX_VIEW;
    }

    @PostMapping("/staff/m/{code}/comments/plans")
    String registerPlan(@PathVariable String code, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        IndividualPlanContent content = planContent(params);
        access.requireDepartmentEdit(code, content.departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments", () -> {
            IndividualPlanView p = comments.registerPlan(code, content);
            return "個別計画「" + p.displayName() + "」を登録しました。";
        });
    }

    @GetMapping("/staff/m/{code}/comments/plans/{id}")
    String plan(@PathVariable String code, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        IndividualPlanView plan = comments.plan(m.code(), id);
        model.addAttribute("municipality", m);
        model.addAttribute("plan", plan);
        model.addAttribute("kinds", IndividualPlanKind.values());
        model.addAttribute("documents", comments.documents(List.of(plan.id())));
        model.addAttribute("canEdit", access.canEditDepartment(m.code(), plan.content().departmentCode()));
        model.addAttribute("linkable", policyPlans.linkable(m.code()));
        return PLAN_VIEW;
    }

    @PostMapping("/staff/m/{code}/comments/plans/{id}")
    String describePlan(@PathVariable String code, @PathVariable long id, @RequestParam long version,
                        @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        IndividualPlanView plan = comments.plan(code, id);
        access.requireDepartmentEdit(code, plan.content().departmentCode());
        IndividualPlanContent content = planContent(params);
        access.requireDepartmentEdit(code, content.departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id, () -> {
            comments.describePlan(code, id, version, content);
            return "個別計画を保存しました。";
        });
    }

    @PostMapping("/staff/m/{code}/comments/plans/{id}/advance")
    String advancePlan(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, comments.plan(code, id).content().departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id,
                () -> "計画の段階を「" + comments.advancePlan(code, id).label() + "」にしました。");
    }

    @PostMapping("/staff/m/{code}/comments/plans/{id}/documents")
    String upload(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String title,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, comments.plan(code, id).content().departmentCode());
        return act(redirect, "/staff/m/" + code + "/comments/plans/" + id, () -> {
            if (file.getSize() > PublicComments.MAX_DOCUMENT_BYTES) {
                throw new BusinessRuleException("ファイルが大きすぎます（" + (PublicComments.MAX_DOCUMENT_BYTES / 1024 / 1024) + " MB まで）。");
            }
            String type = file.getContentType();
            if (type != null && !type.equals("application/pdf") && !type.equals("application/octet-stream")) {
                throw new BusinessRuleException("PDF ファイルを選んでください。");
            }
            try {
                comments.addDocument(code, id, JapaneseText.text(title), Optional.ofNullable(file.getOriginalFilename()).orElse(""), file.getBytes());
            } catch (IOException e) {
                throw new BusinessRuleException("ファイルを読み込めませんでした。もう一度選んでください。");
            }
            return "資料を登録しました。";
        });
    }

    @PostMapping("/staff/m/{code}/comments")
    String createConsultation(@PathVariable String code, @RequestParam Map<String, String> params,
                              @RequestParam(name = "planIds", required = false) List<Long> planIds, RedirectAttributes redirect) {
        String department = JapaneseText.fold(params.get("departmentCode"));
        access.requireDepartmentEdit(code, department);
        return act(redirect, "/staff/m/" + code + "/comments", () -> {
            LocalDate start = date(params.get("startsOn"), "開始日");
            String deadlineText = JapaneseText.text(params.get("deadline"));
            ConsultationPeriod period = deadlineText.isEmpty() ? ConsultationPeriod.standard(start)
                    : new ConsultationPeriod(start, date(deadlineText, "締切日"), text(params.get("shortenedReason"), "短くする理由", 1000));
            int retention = Optional.ofNullable(JapaneseText.optionalText(params.get("retentionDays")).orElse(null))
                    .map(v -> JapaneseText.parseWholeNumber(v).orElseThrow(() -> new BusinessRuleException("個人情報の保存期間は日数で入力してください。")))
                    .map(Long::intValue).orElse(ConsultationContent.DEFAULT_RETENTION_DAYS);
            ConsultationView c = comments.createConsultation(code, new ConsultationContent(department,
                    required(params.get("title"), "件名", 200), text(params.get("summary"), "概要", 4000),
                    planIds == null ? List.of() : planIds, text(params.get("readingPlaces"), "閲覧場所", 2000), period,
                    new Channels(params.containsKey("webForm"), text(params.get("postAddress"), "郵送先", 300),
                            text(params.get("fax"), "ファクス", 40), text(params.get("email"), "電子メール", 200),
                            text(params.get("inPerson"), "持参先", 300)), retention));
            return "意見募集「" + c.content().title() + "」を作成しました。公示すると公開されます。";
        });
    }

    @GetMapping("/staff/m/{code}/comments/{id}")
    String consultation(@PathVariable String code, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        ConsultationView c = comments.consultation(m.code(), id);
        boolean handle = requireRead(m.code(), c);
        model.addAttribute("municipality", m);
        model.addAttribute("consultation", c);
        model.addAttribute("canHandle", handle);
        model.addAttribute("plans", comments.plans(m.code()).stream().filter(p -> c.content().planIds().contains(p.id())).toList());
        model.addAttribute("planNames", planNames(m.code()));
        List<OpinionView> opinions = comments.opinions(m.code(), id, handle);
        model.addAttribute("opinions", opinions);
        model.addAttribute("channels", Arrays.stream(OpinionChannel.values()).filter(ch -> ch != OpinionChannel.WEB).toList());
        model.addAttribute("publications", Publication.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OpinionForm());
        }
        return CONSULTATION_VIEW;
    }

    @PostMapping("/staff/m/{code}/comments/{id}/announce")
    String announce(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        requireHandle(code, comments.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id, () -> {
            comments.announce(code, id);
            return "公示しました。公開ページに掲載されます。";
        });
    }

    @PostMapping("/staff/m/{code}/comments/{id}/opinions")
    String record(@PathVariable String code, @PathVariable long id, @ModelAttribute("form") OpinionForm form,
                  RedirectAttributes redirect) {
        ConsultationView c = comments.consultation(code, id);
        requireHandle(code, c);
        return act(redirect, "/staff/m/" + code + "/comments/" + id, () -> {
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
            OpinionSubmission s = form.check(errors, c.content().planIds());
            if (s == null) {
                throw new BusinessRuleException(errors.getAllErrors().stream().map(e -> e.getDefaultMessage()).collect(Collectors.joining(" ")));
            }
            OpinionChannel channel;
            try {
                channel = OpinionChannel.valueOf(form.getChannel());
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException("受付方法を選んでください。");
            }
            Receipt r = comments.record(code, id, channel, date(form.getReceivedOn(), "受付日"), s);
            return "意見を記録しました（受付番号 " + r.number() + "）。";
        });
    }

    @PostMapping("/staff/m/{code}/comments/{id}/opinions/{opinionId}")
    String handle(@PathVariable String code, @PathVariable long id, @PathVariable long opinionId, @RequestParam long version,
                  @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        requireHandle(code, comments.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id + "#opinion-" + opinionId, () -> {
            Publication publication;
            try {
                publication = Publication.valueOf(params.getOrDefault("publication", "FULL"));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException("公表の方法を選んでください。");
            }
            int count = JapaneseText.parseWholeNumber(params.getOrDefault("opinionCount", "1")).map(Long::intValue)
                    .orElseThrow(() -> new BusinessRuleException("意見の件数は数字で入力してください。"));
            comments.handle(code, id, opinionId, version, new OpinionHandling(text(params.get("topic"), "論点", 100),
                    text(params.get("cityView"), "市の考え方", 4000), params.containsKey("draftChanged"),
                    text(params.get("changeNote"), "計画の修正内容", 2000), publication, text(params.get("summary"), "要旨", 2000),
                    text(params.get("withheldReason"), "公表しない理由", 1000), count));
            return "意見の整理を保存しました。";
        });
    }

    @PostMapping("/staff/m/{code}/comments/{id}/publish")
    String publish(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String changes,
                   RedirectAttributes redirect) {
        requireHandle(code, comments.consultation(code, id));
        return act(redirect, "/staff/m/" + code + "/comments/" + id, () -> {
            comments.publishResults(code, id, text(changes, "素案からの主な変更点", 4000));
            return "結果を公表しました。";
        });
    }

    /** The opinions as CSV for the handling work: receipt, channel, dates, plan, opinion and handling — no personal data. */
    @GetMapping("/staff/m/{code}/comments/{id}/opinions.csv")
    ResponseEntity<byte[]> csv(@PathVariable String code, @PathVariable long id) {
        ConsultationView c = comments.consultation(code, id);
        requireRead(code, c);
        Map<Long, String> names = planNames(code);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("受付番号", "受付方法", "受付日", "期限後", "計画", "意見", "件数", "論点", "市の考え方", "計画の修正", "修正内容", "公表", "要旨", "公表しない理由"));
        for (OpinionView o : comments.opinions(code, id, false)) {
            rows.add(List.of(o.receiptNumber(), o.channel().label(), o.receivedOn().toString(), o.late() ? "期限後" : "",
                    o.planId() == null ? "" : names.getOrDefault(o.planId(), ""), o.body(), String.valueOf(o.opinionCount()),
                    nz(o.topic()), nz(o.cityView()), o.draftChanged() ? "あり" : "なし", nz(o.changeNote()), o.publication().label(),
                    nz(o.summary()), nz(o.withheldReason())));
        }
        return jp.hoshin.shared.web.Downloads.csv("opinions-" + id + ".csv", rows);
    }

    /** Whether the current staff member handles this consultation (and sees personal data); refuses other departments' editors. */
    private boolean requireRead(String code, ConsultationView c) {
        access.requireView(code);
        if (!canRead(code, c)) {
            throw new AccessDeniedException("この意見募集は、企画担当と担当部の職員だけが扱えます。");
        }
        return access.canEditDepartment(code, c.content().departmentCode());
    }

    private boolean canRead(String code, ConsultationView c) {
        return access.canEditDepartment(code, c.content().departmentCode())
                || !access.currentStaff().map(s -> s.role() == Role.DEPARTMENT_EDITOR).orElse(true);
    }

    private void requireHandle(String code, ConsultationView c) {
        if (!access.canEditDepartment(code, c.content().departmentCode())) {
            throw new AccessDeniedException("この意見募集は、企画担当と担当部の職員だけが扱えます。");
        }
    }

    private Map<Long, String> planNames(String code) {
        return comments.plans(code).stream().collect(Collectors.toMap(IndividualPlanView::id, IndividualPlanView::displayName));
    }

    private static IndividualPlanContent planContent(Map<String, String> p) {
        IndividualPlanKind kind;
        try {
            kind = IndividualPlanKind.valueOf(p.getOrDefault("kind", "FORMULATION"));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("策定か改定かを選んでください。");
        }
        return new IndividualPlanContent(required(p.get("name"), "計画名", 200), p.containsKey("provisionalName"), kind,
                JapaneseText.fold(p.get("departmentCode")), text(p.get("section"), "担当課", 100), text(p.get("phone"), "電話番号", 40),
                text(p.get("email"), "電子メール", 200), text(p.get("purpose"), "目的・概要", 4000), text(p.get("composition"), "計画の構成", 4000),
                JapaneseText.text(p.get("mainProjects")).lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                text(p.get("period"), "計画期間", 100),
                Arrays.stream(JapaneseText.fold(p.get("elementKeys")).split("[,、\\s]+")).filter(s -> !s.isEmpty()).toList());
    }

    private static String required(@Nullable String value, String label, int max) {
        String t = text(value, label, max);
        if (t == null) {
            throw new BusinessRuleException(label + "を入力してください。");
        }
        return t;
    }

    private static @Nullable String text(@Nullable String value, String label, int max) {
        String t = JapaneseText.text(value);
        if (t.length() > max) {
            throw new BusinessRuleException(label + "は" + max + "文字以内で入力してください（現在" + t.length() + "文字）。");
        }
        return t.isEmpty() ? null : t;
    }

    private static LocalDate date(@Nullable String value, String label) {
        try {
            return JapaneseDates.parse(value).map(JapaneseDates.Parsed::date)
                    .orElseThrow(() -> new BusinessRuleException(label + "を入力してください（例: 2026-01-26、令和8年1月26日）。"));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(label + "を日付で入力してください（例: 2026-01-26、令和8年1月26日）。");
        }
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String act(RedirectAttributes redirect, String target, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flash", action.get());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:" + target;
    }
}
