package jp.hoshin.search.internal;

import java.util.Set;
import java.util.stream.Stream;

import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 個別計画: the published individual plans. */
@Component
@Order(5)
class IndividualPlanSource implements SearchSource {

    private final IndividualPlans individualPlans;

    IndividualPlanSource(IndividualPlans individualPlans) {
        this.individualPlans = individualPlans;
    }

    @Override
    public Stream<SearchDocument> documents(SourceContext m) {
        return individualPlans.plans(m.code()).stream().map(plan -> {
            var c = plan.content();
            return new SearchDocument(
                    "individual-plan:" + plan.id(),
                    m.code(),
                    SearchKind.INDIVIDUAL_PLAN,
                    null,
                    c.departmentCode(),
                    m.latestName(c.departmentCode()),
                    plan.displayName(),
                    SourceText.join(
                            c.kind().label(),
                            c.section(),
                            c.purpose(),
                            c.composition(),
                            String.join("、", c.mainProjects()),
                            c.period()),
                    "/m/" + m.code() + "/individual-plans/" + plan.id(),
                    Set.of(SearchDocument.PUBLIC));
        });
    }
}
