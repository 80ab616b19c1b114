package jp.hoshin.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.publiccomment.ConsultationResults;
import jp.hoshin.publiccomment.ConsultationStatus;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.PublishedOpinion;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import jp.hoshin.shared.Messages;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static jp.hoshin.search.internal.SourceText.join;

/**
 * パブリックコメント: the announced consultations and, once their results are published, each published item (意見の要旨
 * and 市の考え方, with its 論点, 反映区分 and the change made) on the results page at the item's anchor. Only what the
 * results page shows ({@link PublishedOpinion}): never who sent an opinion, nor anything else personal.
 */
@Component
@Order(6)
class ConsultationSource implements SearchSource {

    private static final Set<String> PUBLIC = Set.of(SearchDocument.PUBLIC);

    private final Consultations consultations;
    private final IndividualPlans individualPlans;

    ConsultationSource(Consultations consultations, IndividualPlans individualPlans) {
        this.consultations = consultations;
        this.individualPlans = individualPlans;
    }

    @Override
    public Stream<SearchDocument> documents(SourceContext m) {
        Map<Long, String> planNames = individualPlans.names(m.code());
        List<SearchDocument> docs = new ArrayList<>();
        for (ConsultationView c : consultations.publicConsultations(m.code())) {
            var content = c.content();
            int year = FiscalYear.containing(content.period().startsOn()).startYear();
            String url = "/m/" + m.code() + "/comments/" + c.id();
            String department = m.latestName(content.departmentCode());
            docs.add(new SearchDocument(
                    "consultation:" + c.id(),
                    m.code(),
                    SearchKind.CONSULTATION,
                    year,
                    content.departmentCode(),
                    department,
                    content.title(),
                    join(
                            content.summary(),
                            content.planIds().stream()
                                    .map(planNames::get)
                                    .filter(Objects::nonNull)
                                    .collect(Collectors.joining("、")),
                            content.readingPlaces(),
                            c.changesSummary()),
                    url,
                    PUBLIC));
            if (c.status() == ConsultationStatus.RESULTS_PUBLISHED) {
                ConsultationResults results = consultations.results(m.code(), c.id());
                Map<Integer, String> views = new HashMap<>();
                for (PublishedOpinion o : results.published()) {
                    if (o.cityView() != null) {
                        views.put(o.number(), o.cityView());
                    }
                }
                for (PublishedOpinion o : results.published()) {
                    docs.add(new SearchDocument(
                            "opinion:" + c.id() + ":" + o.number(),
                            m.code(),
                            SearchKind.CONSULTATION,
                            year,
                            content.departmentCode(),
                            department,
                            Messages.get("search.title.opinion", content.title(), String.valueOf(o.number())),
                            join(
                                    o.topic(),
                                    o.text(),
                                    o.sharedNumber() > 0 ? views.get(o.sharedNumber()) : o.cityView(),
                                    o.changeNote(),
                                    o.reflection(),
                                    o.planName()),
                            url + "#opinion-" + o.number(),
                            PUBLIC));
                }
            }
        }
        return docs.stream();
    }
}
