package jp.hoshin.departmentplan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanCarryOver;
import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanResults;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the department plans (運営方針と目標): the planning section's overview of the year,
 * and one department's plan with its workflow buttons for the roles that may take each step.
 * Results, consultation comments and links to the city's plan elements are taken here too.
 */
@Controller
class PlanStaffController {

    static final String OVERVIEW_VIEW = "staff/plans";
    static final String PLAN_VIEW = "staff/plan";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final DepartmentPlans plans;
    private final PlanWorkflow workflow;
    private final PlanResults results;
    private final PlanCarryOver carryOvers;
    private final Access access;
    private final PolicyPlans policyPlans;

    PlanStaffController(Municipalities municipalities, FiscalYears fiscalYears, Organization organization, DepartmentPlans plans,
                        PlanWorkflow workflow, PlanResults results, PlanCarryOver carryOvers, Access access, PolicyPlans policyPlans) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.plans = plans;
        this.workflow = workflow;
        this.results = results;
        this.carryOvers = carryOvers;
        this.access = access;
        this.policyPlans = policyPlans;
    }

    @GetMapping("/staff/m/{code}/{year}/plans")
    String overview(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fiscalYears.get(m.code(), year));
        List<DepartmentPlans.PlanOverviewLine> lines = plans.overview(m.code(), year);
        model.addAttribute("lines", lines);
        // the proof booklet exists once a department has started its plan (before that its link would answer 404)
        model.addAttribute("canProof", access.canReview(m.code()) && lines.stream().anyMatch(l -> l.status() != null));
        model.addAttribute("workbookDepartments", lines.stream().map(DepartmentPlans.PlanOverviewLine::departmentCode)
                .filter(d -> access.canEditDepartment(m.code(), d)).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("notSubmitted", lines.stream()
                .filter(l -> l.status() == null || l.status() == PlanStatus.DRAFT).map(DepartmentPlans.PlanOverviewLine::departmentName).toList());
        return OVERVIEW_VIEW;
    }

    @GetMapping("/staff/m/{code}/{year}/plans/{department}")
    String plan(@PathVariable String code, @PathVariable int year, @PathVariable String department, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        DepartmentView d = organization.department(m.code(), year, department);
        var plan = plans.find(ref(m.code(), year, d.code())).orElse(null);
        boolean editor = access.canEditDepartment(m.code(), d.code());
        boolean reviewer = access.canReview(m.code());
        boolean admin = access.canAdminister(m.code());
        PlanStatus status = plan == null ? null : plan.status();
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fy);
        model.addAttribute("department", d);
        model.addAttribute("plan", plan);
        model.addAttribute("steps", plan == null ? List.of() : workflow.steps(plan.id()));
        model.addAttribute("canStart", plan == null && editor && fy.open());
        model.addAttribute("canExport", editor);
        model.addAttribute("canImport", editor && (plan == null ? fy.open() : status == PlanStatus.DRAFT));
        model.addAttribute("canWrite", status == PlanStatus.DRAFT && editor);
        model.addAttribute("canSubmit", status == PlanStatus.DRAFT && editor);
        model.addAttribute("canConsult", status == PlanStatus.SUBMITTED && admin);
        model.addAttribute("canSendBack", (status == PlanStatus.SUBMITTED || status == PlanStatus.IN_CONSULTATION) && reviewer);
        model.addAttribute("canFinalize", status == PlanStatus.IN_CONSULTATION && reviewer);
        model.addAttribute("canPublish", status == PlanStatus.FINALIZED && admin);
        boolean resultsOpen = (status == PlanStatus.FINALIZED || status == PlanStatus.PUBLISHED)
                && (plan.resultStatus() == null || plan.resultStatus() == PlanStatus.DRAFT);
        PlanStatus results = plan == null ? null : plan.resultStatus();
        model.addAttribute("canWriteResults", resultsOpen && editor);
        model.addAttribute("canSubmitResults", results == PlanStatus.DRAFT && editor);
        model.addAttribute("canConsultResults", results == PlanStatus.SUBMITTED && admin);
        model.addAttribute("canSendBackResults", (results == PlanStatus.SUBMITTED || results == PlanStatus.IN_CONSULTATION) && reviewer);
        model.addAttribute("canFinalizeResults", results == PlanStatus.IN_CONSULTATION && reviewer);
        model.addAttribute("canPublishResults", results == PlanStatus.FINALIZED && admin);
        model.addAttribute("achievements", jp.hoshin.departmentplan.AchievementStatus.values());
        model.addAttribute("canRevise", (status == PlanStatus.FINALIZED || status == PlanStatus.PUBLISHED) && (editor || admin));
        boolean planInConsultation = status == PlanStatus.SUBMITTED || status == PlanStatus.IN_CONSULTATION;
        boolean resultsInConsultation = results == PlanStatus.SUBMITTED || results == PlanStatus.IN_CONSULTATION;
        model.addAttribute("canComment", fy.open() && (planInConsultation || resultsInConsultation) && (reviewer || admin || editor));
        model.addAttribute("commentOnResults", !planInConsultation && resultsInConsultation);
        List<PolicyPlans.LinkableElement> linkable = policyPlans.linkable(m.code());
        model.addAttribute("linkable", linkable.stream().collect(java.util.stream.Collectors.toMap(
                PolicyPlans.LinkableElement::key, e -> e, (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("linkableGroups", linkable.stream().collect(java.util.stream.Collectors.groupingBy(
                PolicyPlans.LinkableElement::planName, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())).entrySet());
        model.addAttribute("unfinished", status == PlanStatus.DRAFT && editor
                ? carryOvers.unfinishedFromEarlierYear(ref(m.code(), year, d.code())) : List.of());
        if (plan != null) {
            model.addAttribute("sectionRolesText", String.join("\n", plan.content().sectionRoles().stream()
                    .map(r -> r.section() + "：" + r.role()).toList()));
        }
        return PLAN_VIEW;
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/start")
    String start(@PathVariable String code, @PathVariable int year, @PathVariable String department, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            plans.startDraft(ref(code, year, department));
            return "運営方針と目標の作成を始めました。";
        });
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/content")
    String write(@PathVariable String code, @PathVariable int year, @PathVariable String department, @RequestParam long version,
                 @RequestParam(defaultValue = "") String missionHeadline, @RequestParam(defaultValue = "") String mission,
                 @RequestParam(defaultValue = "") String sectionRoles, @RequestParam(defaultValue = "") String staffCount,
                 @RequestParam(defaultValue = "") String budgetYen, @RequestParam(defaultValue = "") String policies,
                 RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            Integer staff = number(staffCount, "職員数").map(Long::intValue).orElse(null);
            Long budget = number(budgetYen, "予算規模").orElse(null);
            plans.write(ref(code, year, department), version, new PlanContent(opt(missionHeadline), opt(mission), roles(sectionRoles),
                    staff, budget, opt(policies)));
            return "部の使命・目標、経営資源、実施方針を保存しました。";
        });
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/projects")
    String addProject(@PathVariable String code, @PathVariable int year, @PathVariable String department, @RequestParam long version,
                      @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String leadSection,
                      @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "false") boolean main,
                      @RequestParam(defaultValue = "") String targets, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            List<TargetIndicator> list = lines(targets).stream().map(TargetIndicator::text).toList();
            plans.addProject(ref(code, year, department), version,
                    new ProjectContent(JapaneseText.text(title), opt(leadSection), opt(description), main, list, null));
            return "個別事業を追加しました。";
        });
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/carry-over")
    String carryOver(@PathVariable String code, @PathVariable int year, @PathVariable String department, @RequestParam long version,
                     @RequestParam(name = "project", required = false) List<Long> projectIds, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            if (projectIds == null || projectIds.isEmpty()) {
                throw new BusinessRuleException("繰り越す目標を1つ以上選んでください。");
            }
            carryOvers.carryOver(ref(code, year, department), version, projectIds);
            return projectIds.size() + "件の目標を前年度から繰り越しました。";
        });
    }

    /** Edits a project and its target indicators: each row is a target's text with its optional structured values. */
    @PostMapping("/staff/m/{code}/{year}/plans/{department}/projects/{number}")
    String reviseProject(@PathVariable String code, @PathVariable int year, @PathVariable String department, @PathVariable int number,
                         @RequestParam long version, @RequestParam(defaultValue = "") String title,
                         @RequestParam(defaultValue = "") String leadSection, @RequestParam(defaultValue = "") String description,
                         @RequestParam(defaultValue = "false") boolean main,
                         @RequestParam(name = "targetText", required = false) List<String> texts,
                         @RequestParam(name = "targetMeasure", required = false) List<String> measures,
                         @RequestParam(name = "targetValue", required = false) List<String> values,
                         @RequestParam(name = "targetUnit", required = false) List<String> units,
                         @RequestParam(name = "targetDeadline", required = false) List<String> deadlines,
                         @RequestParam(name = "baselineValue", required = false) List<String> baselines,
                         @RequestParam(name = "baselineYear", required = false) List<String> baselineYears,
                         RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            List<TargetIndicator> targets = new ArrayList<>();
            int rows = texts == null ? 0 : texts.size();
            for (int i = 0; i < rows; i++) {
                String text = JapaneseText.text(texts.get(i));
                String label = "目標指標" + (i + 1) + "行目の";
                String value = at(values, i);
                if (text.isEmpty()) {
                    if (!JapaneseText.text(value).isEmpty() || !JapaneseText.text(at(measures, i)).isEmpty()) {
                        throw new IllegalArgumentException(label + "文章を入力してください。");
                    }
                    continue;
                }
                targets.add(new TargetIndicator(text, opt(at(measures, i)), decimal(value, label + "目標値"), opt(at(units, i)),
                        date(at(deadlines, i), label + "期限"), decimal(at(baselines, i), label + "基準値"),
                        number(at(baselineYears, i), label + "基準年度").map(Long::intValue).orElse(null), null));
            }
            plans.reviseProject(ref(code, year, department), version, number,
                    new ProjectContent(JapaneseText.text(title), opt(leadSection), opt(description), main, targets, null));
            return "個別事業 " + number + " を保存しました。";
        });
    }

    private static String at(@org.jspecify.annotations.Nullable List<String> list, int i) {
        return list == null || i >= list.size() ? "" : list.get(i);
    }

    private static java.math.@org.jspecify.annotations.Nullable BigDecimal decimal(String text, String label) {
        if (JapaneseText.text(text).isEmpty()) {
            return null;
        }
        return JapaneseText.parseNumber(text).orElseThrow(() ->
                new IllegalArgumentException(label + "は数値で入力してください（全角数字・桁区切りのカンマも使えます）。"));
    }

    private static java.time.@org.jspecify.annotations.Nullable LocalDate date(String text, String label) {
        String folded = JapaneseText.fold(text);
        if (folded.isEmpty()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(folded.replace('/', '-'));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(label + "は 2025-03-31 の形で入力してください。");
        }
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/projects/{number}/remove")
    String removeProject(@PathVariable String code, @PathVariable int year, @PathVariable String department, @PathVariable int number,
                         @RequestParam long version, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            plans.removeProject(ref(code, year, department), version, number);
            return "個別事業 " + number + " を削除しました。";
        });
    }

    /** A comment in the consultation: planning section, mayor's office and the department's own editors. */
    @PostMapping("/staff/m/{code}/{year}/plans/{department}/comments")
    String comment(@PathVariable String code, @PathVariable int year, @PathVariable String department,
                   @RequestParam(defaultValue = "false") boolean results, @RequestParam(defaultValue = "") String comment,
                   RedirectAttributes redirect) {
        if (!access.canReview(code) && !access.canEditDepartment(code, department)) {
            throw new org.springframework.security.access.AccessDeniedException("この部の協議にコメントする権限がありません。");
        }
        return act(code, year, department, redirect, () -> {
            workflow.comment(ref(code, year, department), results, access.currentUsername(), JapaneseText.text(comment));
            return "コメントを記録しました。";
        });
    }

    /** Links a project to the measure, main project or action-plan item it serves (or removes the link). */
    @PostMapping("/staff/m/{code}/{year}/plans/{department}/projects/{number}/link")
    String linkProject(@PathVariable String code, @PathVariable int year, @PathVariable String department, @PathVariable int number,
                       @RequestParam long version, @RequestParam(defaultValue = "") String element, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        String key = JapaneseText.fold(element);
        return act(code, year, department, redirect, () -> {
            plans.linkProject(ref(code, year, department), version, number, key.isEmpty() ? null : key);
            return key.isEmpty() ? "個別事業 " + number + " の関連付けを外しました。" : "個別事業 " + number + " を関連付けました。";
        });
    }

    /** 提出・協議開始・確定・公表: each step only for the roles that may take it. */
    @PostMapping("/staff/m/{code}/{year}/plans/{department}/{step:submit|consult|finalize|publish}")
    String step(@PathVariable String code, @PathVariable int year, @PathVariable String department, @PathVariable String step,
                @RequestParam long version, RedirectAttributes redirect) {
        switch (step) {
            case "submit" -> access.requireDepartmentEdit(code, department);
            case "finalize" -> access.requireReview(code);
            default -> access.requireAdminister(code);
        }
        String by = access.currentUsername();
        return act(code, year, department, redirect, () -> switch (step) {
            case "submit" -> {
                workflow.submit(ref(code, year, department), version, by);
                yield "企画担当に提出しました。";
            }
            case "consult" -> {
                workflow.startConsultation(ref(code, year, department), version, by);
                yield "協議を開始しました。";
            }
            case "finalize" -> {
                workflow.finalizeAfterConsultation(ref(code, year, department), version, by);
                yield "確定しました。";
            }
            default -> {
                workflow.publish(ref(code, year, department), version, by);
                yield "公表しました。";
            }
        });
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/send-back")
    String sendBack(@PathVariable String code, @PathVariable int year, @PathVariable String department, @RequestParam long version,
                    @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        access.requireReview(code);
        return act(code, year, department, redirect, () -> {
            workflow.sendBack(ref(code, year, department), version, access.currentUsername(), comment);
            return "コメントを付けて差し戻しました。";
        });
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/projects/{number}/result")
    String recordResult(@PathVariable String code, @PathVariable int year, @PathVariable String department, @PathVariable int number,
                        @RequestParam long version, @RequestParam(required = false) jp.hoshin.departmentplan.@org.jspecify.annotations.Nullable AchievementStatus result,
                        @RequestParam(defaultValue = "") String explanation,
                        @RequestParam(name = "actual", required = false) List<String> actuals, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            if (result == null) {
                throw new IllegalArgumentException("個別事業 " + number + " の結果を選んでください（達成・一部達成・着手・未達成）。");
            }
            List<java.math.BigDecimal> values = new ArrayList<>();
            for (int i = 0; actuals != null && i < actuals.size(); i++) {
                values.add(decimal(actuals.get(i), "目標指標" + (i + 1) + "の実績値"));
            }
            results.recordResult(ref(code, year, department), version, number, result, opt(explanation), values);
            return "個別事業 " + number + " の結果を「" + result.label() + "」として記録しました。";
        });
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/summary")
    String summarize(@PathVariable String code, @PathVariable int year, @PathVariable String department, @RequestParam long version,
                     @RequestParam(defaultValue = "") String summary, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            results.summarize(ref(code, year, department), version, summary);
            return "総括を保存しました。";
        });
    }

    /** The results' steps: 提出 (department), 協議 and 公表 (planning section), 確定 and 差し戻し (reviewers). */
    @PostMapping("/staff/m/{code}/{year}/plans/{department}/results/{step:submit|consult|send-back|finalize|publish}")
    String resultStep(@PathVariable String code, @PathVariable int year, @PathVariable String department, @PathVariable String step,
                      @RequestParam long version, @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        PlanStatus to = switch (step) {
            case "submit" -> PlanStatus.SUBMITTED;
            case "consult" -> PlanStatus.IN_CONSULTATION;
            case "send-back" -> PlanStatus.DRAFT;
            case "finalize" -> PlanStatus.FINALIZED;
            default -> PlanStatus.PUBLISHED;
        };
        switch (to) {
            case SUBMITTED -> access.requireDepartmentEdit(code, department);
            case DRAFT, FINALIZED -> access.requireReview(code);
            default -> access.requireAdminister(code);
        }
        String by = access.currentUsername();
        return act(code, year, department, redirect, () -> {
            results.moveResults(ref(code, year, department), version, to, by, opt(comment));
            return "結果を「" + to.label() + "」にしました。";
        });
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/revise")
    String revise(@PathVariable String code, @PathVariable int year, @PathVariable String department, @RequestParam long version,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        access.requireDepartmentEdit(code, department);
        return act(code, year, department, redirect, () -> {
            workflow.startRevision(ref(code, year, department), version, access.currentUsername(), reason);
            return "改訂を始めました。確定するまで、公開ページには確定済みの内容が表示されます。";
        });
    }

    private static PlanReference ref(String code, int year, String department) {
        return new PlanReference(code, year, department);
    }

    private interface Act {
        String run();
    }

    private String act(String code, int year, String department, RedirectAttributes redirect, Act act) {
        MunicipalityView m = municipalities.get(code);
        try {
            redirect.addFlashAttribute("flash", act.run());
        } catch (BusinessRuleException | ConcurrentEditException | IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/staff/m/" + m.code() + "/" + year + "/plans/" + department;
    }

    private static java.util.Optional<Long> number(String text, String label) {
        if (JapaneseText.text(text).isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(JapaneseText.parseWholeNumber(text).filter(n -> n >= 0).orElseThrow(() ->
                new IllegalArgumentException(label + "は0以上の整数で入力してください（全角数字・桁区切りのカンマも使えます）。")));
    }

    private static String opt(String text) {
        return JapaneseText.optionalText(text).orElse(null);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(JapaneseText.text(text).split("\n")).map(JapaneseText::text).filter(l -> !l.isEmpty()).toList();
    }

    /** 「課名：役割」 one per line (full- or half-width colon). */
    private static List<SectionRole> roles(String text) {
        List<SectionRole> roles = new ArrayList<>();
        int row = 1;
        for (String line : lines(text)) {
            String[] parts = line.split("[：:]", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("各課の役割の" + row + "行目は「課名：役割」の形で入力してください。");
            }
            roles.add(new SectionRole(parts[0].strip(), parts[1].strip()));
            row++;
        }
        return roles;
    }
}
