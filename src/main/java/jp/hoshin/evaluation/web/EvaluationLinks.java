package jp.hoshin.evaluation.web;

import java.util.List;

import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.organization.DepartmentLinks;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Component;

/** The department's published 事務事業評価 sheets of the year, for the department's public page. */
@Component
class EvaluationLinks implements DepartmentLinks {

    private final PublishedEvaluations evaluations;

    EvaluationLinks(PublishedEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public List<Link> linksOf(String municipalityCode, int year, String departmentCode) {
        return evaluations.published(municipalityCode, year).stream()
                .filter(s -> s.departmentCode().equals(departmentCode))
                .map(s -> new Link(
                        Messages.get("evaluation.link.kind"),
                        s.content().name(),
                        "/m/" + municipalityCode + "/" + year + "/evaluations/" + s.number()))
                .toList();
    }
}
