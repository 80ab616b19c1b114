package jp.hoshin.evaluation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.ProjectView;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The links a sheet may have: to elements of the basic plan and action plan, and to projects of its department's plan of
 * the same year. Runs in its callers' transactions.
 */
@Component
class SheetLinks {

    private final PolicyPlans policyPlans;
    private final DepartmentPlans departmentPlans;

    SheetLinks(PolicyPlans policyPlans, DepartmentPlans departmentPlans) {
        this.policyPlans = policyPlans;
        this.departmentPlans = departmentPlans;
    }

    /** The projects of the department's plan of that year a sheet may link to. */
    List<ProjectView> linkablePlanProjects(String municipalityCode, int year, String departmentCode) {
        return departmentPlans
                .find(new PlanReference(municipalityCode, year, departmentCode))
                .map(p -> p.projects())
                .orElse(List.of());
    }

    /** The keys of the elements a sheet may link to. */
    Set<String> linkableElements(String municipalityCode) {
        return policyPlans.linkable(municipalityCode).stream()
                .map(PolicyPlans.LinkableElement::key)
                .collect(Collectors.toSet());
    }

    /** A check for the sheets of one year that reads each plan once, however many sheets it checks. */
    Check check(String municipalityCode, int year) {
        return new Check(municipalityCode, year);
    }

    final class Check {
        private final String municipalityCode;
        private final int year;
        private @Nullable Set<String> elements;
        private final Map<String, Set<Long>> projects = new HashMap<>();

        private Check(String municipalityCode, int year) {
            this.municipalityCode = municipalityCode;
            this.year = year;
        }

        /** Refuses content of a sheet of {@code departmentCode} that links to an element or project it may not. */
        void check(String departmentCode, SheetContent content) {
            Set<String> keys = new HashSet<>();
            if (content.policyElementKey() != null) {
                keys.add(content.policyElementKey());
            }
            keys.addAll(content.actionItemKeys());
            if (!keys.isEmpty()) {
                if (elements == null) {
                    elements = linkableElements(municipalityCode);
                }
                for (String key : keys) {
                    if (!elements.contains(key)) {
                        throw new BusinessRuleException(Messages.get("evaluation.link.elementMissing", key));
                    }
                }
            }
            if (!content.planProjectIds().isEmpty()) {
                Set<Long> ids = projects.computeIfAbsent(
                        departmentCode,
                        d -> linkablePlanProjects(municipalityCode, year, d).stream()
                                .map(ProjectView::id)
                                .collect(Collectors.toSet()));
                for (Long id : content.planProjectIds()) {
                    if (!ids.contains(id)) {
                        throw new BusinessRuleException(Messages.get("evaluation.link.projectMissing", id));
                    }
                }
            }
        }
    }
}
