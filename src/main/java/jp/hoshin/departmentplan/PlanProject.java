package jp.hoshin.departmentplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 個別事業とその目標 — a numbered project of a department plan, its target indicators and its result. */
@Entity
@Audited
@Table(name = "plan_project")
class PlanProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private DepartmentPlan plan;

    private int number;

    private String title;

    private @Nullable String leadSection;

    private @Nullable String description;

    @Column(name = "main_project")
    private boolean main;

    @Convert(converter = JsonListConverters.Targets.class)
    private List<TargetIndicator> targets = new ArrayList<>();

    /** The label of the result scale it was recorded with (kept when the scale changes). */
    private @Nullable String result;

    private @Nullable String resultExplanation;

    private @Nullable Long carriedFromId;

    /** The project of last year's plan this one was copied from (継続, 「前年度の内容を写す」). */
    private @Nullable Long continuedFromId;

    /** The basic-plan measure, main project or action-plan item (要素ID) this project serves, if any. */
    private @Nullable String policyElementKey;

    protected PlanProject() {}

    PlanProject(DepartmentPlan plan, int number, ProjectContent content) {
        this.plan = plan;
        this.number = number;
        this.carriedFromId = content.carriedFromId();
        describe(content);
    }

    /** Rewrites what the department says of the project; its result and carry-over link stay. */
    void describe(ProjectContent content) {
        this.title = content.title();
        this.leadSection = content.leadSection();
        this.description = content.description();
        this.main = content.main();
        List<BigDecimal> actuals =
                targets.stream().map(TargetIndicator::actualValue).toList();
        this.targets = new ArrayList<>(content.targets());
        for (int i = 0; i < Math.min(actuals.size(), targets.size()); i++) {
            if (targets.get(i).actualValue() == null && targets.get(i).targetValue() != null) {
                targets.set(i, targets.get(i).withActual(actuals.get(i)));
            }
        }
    }

    void recordResult(String result, @Nullable String explanation, List<@Nullable BigDecimal> actualValues) {
        if (actualValues.size() > targets.size()) {
            throw new IllegalArgumentException(Messages.get("departmentplan.project.tooManyActuals"));
        }
        List<TargetIndicator> updated = new ArrayList<>(targets);
        for (int i = 0; i < actualValues.size(); i++) {
            updated.set(i, updated.get(i).withActual(actualValues.get(i)));
        }
        this.targets = updated;
        this.result = result;
        this.resultExplanation = explanation;
    }

    void continueFrom(long earlierProjectId) {
        this.continuedFromId = earlierProjectId;
    }

    int number() {
        return number;
    }

    @Nullable
    String result() {
        return result;
    }

    ProjectContent content() {
        return new ProjectContent(title, leadSection, description, main, List.copyOf(targets), carriedFromId);
    }

    /** Links the project to a plan element (施策・主要事業・個別課題), or removes the link; true if it changed. */
    boolean linkTo(@Nullable String elementKey) {
        if (java.util.Objects.equals(elementKey, policyElementKey)) {
            return false;
        }
        this.policyElementKey = elementKey;
        return true;
    }

    ProjectView view() {
        return new ProjectView(
                id,
                number,
                title,
                leadSection,
                description,
                main,
                List.copyOf(targets),
                result,
                resultExplanation,
                carriedFromId,
                policyElementKey,
                continuedFromId);
    }
}
