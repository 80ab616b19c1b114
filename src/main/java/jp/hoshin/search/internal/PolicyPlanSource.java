package jp.hoshin.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyViews.ElementView;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.PlanOutline;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.shared.Messages;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static jp.hoshin.search.internal.SourceText.join;

/** 基本計画・総合戦略・行財政改革: the plans, their elements, the indicators placed on them and each year's progress. */
@Component
@Order(4)
class PolicyPlanSource implements SearchSource {

    private static final Set<String> PUBLIC = Set.of(SearchDocument.PUBLIC);

    private final PolicyPlans policyPlans;

    PolicyPlanSource(PolicyPlans policyPlans) {
        this.policyPlans = policyPlans;
    }

    @Override
    public Stream<SearchDocument> documents(SourceContext m) {
        List<SearchDocument> docs = new ArrayList<>();
        for (PlanOutline outline : policyPlans.outlines(m.code())) {
            plan(m, outline, docs);
        }
        return docs.stream();
    }

    private void plan(SourceContext m, PlanOutline outline, List<SearchDocument> docs) {
        String code = m.code();
        PlanRow row = outline.plan();
        String planUrl = "/m/" + code + "/policy/" + row.key();
        docs.add(new SearchDocument(
                "policy:" + row.key(),
                code,
                SearchKind.POLICY_PLAN,
                row.startYear(),
                null,
                null,
                row.name(),
                join(
                        row.overview(),
                        outline.revisions().stream().map(r -> r.name()).collect(Collectors.joining(" "))),
                planUrl,
                PUBLIC));
        PlanView plan = policyPlans.plan(code, row.key());
        Map<String, List<PlacedIndicator>> indicators =
                row.kind() == PolicyPlanKind.VISION ? Map.of() : policyPlans.indicatorsOf(code, row.key());
        for (ElementView ev : plan.elements()) {
            ElementRow e = ev.element();
            String url = planUrl + "/" + e.key();
            docs.add(new SearchDocument(
                    "element:" + row.key() + ":" + e.key(),
                    code,
                    SearchKind.POLICY_ELEMENT,
                    null,
                    null,
                    null,
                    e.title(),
                    join(e.overview(), e.owners(), row.name()),
                    url,
                    PUBLIC));
            List<PlacedIndicator> placed = indicators.getOrDefault(e.key(), List.of());
            for (int i = 0; i < placed.size(); i++) {
                IndicatorRow ind = placed.get(i).indicator();
                docs.add(new SearchDocument(
                        "indicator:" + row.key() + ":" + e.key() + ":" + ind.key(),
                        code,
                        SearchKind.INDICATOR,
                        null,
                        null,
                        null,
                        ind.name(),
                        join(
                                ind.subName(),
                                ind.mainName(),
                                ind.unit(),
                                ind.targetNote(),
                                ind.targetState(),
                                ind.notes(),
                                e.title(),
                                row.name()),
                        url + "#indicator-" + (i + 1),
                        PUBLIC));
            }
        }
        for (FiscalYearView fy : m.years()) {
            int year = fy.year().startYear();
            for (var entry : policyPlans.progressOf(code, row.key(), year).entrySet()) {
                ElementRow e =
                        plan.element(entry.getKey()).map(ElementView::element).orElse(null);
                if (e == null || entry.getValue().isBlank()) {
                    continue;
                }
                docs.add(new SearchDocument(
                        "progress:" + row.key() + ":" + e.key() + ":" + year,
                        code,
                        SearchKind.PROGRESS,
                        year,
                        null,
                        null,
                        Messages.get(
                                "search.title.progress",
                                e.title(),
                                FiscalYear.of(year).label()),
                        entry.getValue(),
                        planUrl + "/" + e.key(),
                        PUBLIC));
            }
        }
    }
}
