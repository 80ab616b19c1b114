package jp.hoshin.departmentplan.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "運営方針と目標", description = "公表された各部の運営方針と目標（結果は公表後のみ）")
class PlanApiController {

    record ProjectDto(int number, String title, @Nullable String leadSection, @Nullable String description, boolean main,
                      List<TargetIndicator> targets, @Nullable String result, @Nullable String resultExplanation) {
        static ProjectDto of(ProjectView p) {
            return new ProjectDto(p.number(), p.title(), p.leadSection(), p.description(), p.main(), p.targets(),
                    p.result() == null ? null : p.result().label(), p.resultExplanation());
        }
    }

    /** A published plan. {@code result} values are 達成 / 一部達成 / 着手 / 未達成, present once results are published. */
    record PlanDto(String departmentCode, String departmentName, @Nullable String missionHeadline, @Nullable String mission,
                   List<SectionRole> sectionRoles, @Nullable Integer staffCount, @Nullable Long budgetYen, @Nullable String policies,
                   List<ProjectDto> projects, @Nullable String summary, boolean resultsPublished, int revision) {
    }

    private final DepartmentPlans plans;

    PlanApiController(DepartmentPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/municipalities/{code}/fiscal-years/{year}/department-plans")
    @Operation(summary = "公表された各部の運営方針と目標（個別事業、目標指標、公表済みの結果を含む）")
    List<PlanDto> list(@PathVariable String code, @PathVariable int year) {
        return plans.publishedPlans(code, year).stream().map(published -> {
            DepartmentPlanView p = published.plan();
            var c = p.content();
            return new PlanDto(published.departmentCode(), published.departmentName(), c.missionHeadline(), c.mission(), c.sectionRoles(),
                    c.staffCount(), c.budgetYen(), c.policies(), p.projects().stream().map(ProjectDto::of).toList(), p.summary(),
                    p.resultStatus() == jp.hoshin.departmentplan.PlanStatus.PUBLISHED, p.revision());
        }).toList();
    }
}
