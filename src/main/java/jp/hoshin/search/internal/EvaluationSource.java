package jp.hoshin.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jp.hoshin.evaluation.Assessment;
import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.Evaluations;
import jp.hoshin.evaluation.PerformanceIndicator;
import jp.hoshin.evaluation.PublishedEvaluations;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 事務事業評価 of each year: the published sheets; for staff, the sheets not published yet. */
@Component
@Order(3)
class EvaluationSource implements SearchSource {

    private final PublishedEvaluations publishedEvaluations;
    private final Evaluations evaluations;

    EvaluationSource(PublishedEvaluations publishedEvaluations, Evaluations evaluations) {
        this.publishedEvaluations = publishedEvaluations;
        this.evaluations = evaluations;
    }

    @Override
    public Stream<SearchDocument> documents(SourceContext m) {
        String code = m.code();
        List<SearchDocument> docs = new ArrayList<>();
        for (FiscalYearView fy : m.years()) {
            int year = fy.year().startYear();
            for (EvaluationSheetView sheet : publishedEvaluations.published(code, year)) {
                docs.add(sheet(
                        m,
                        sheet,
                        "/m/" + code + "/" + year + "/evaluations/" + sheet.number(),
                        Set.of(SearchDocument.PUBLIC),
                        "evaluation:"));
            }
            for (EvaluationSheetView sheet : evaluations.sheets(code, year)) {
                if (sheet.stage() != EvaluationStage.PUBLISHED) {
                    docs.add(sheet(
                            m,
                            sheet,
                            "/staff/m/" + code + "/" + year + "/evaluations/" + sheet.number(),
                            SearchDocument.unpublished(sheet.departmentCode()),
                            "draft-evaluation:"));
                }
            }
        }
        return docs.stream();
    }

    private static SearchDocument sheet(
            SourceContext m, EvaluationSheetView sheet, String url, Set<String> audiences, String idPrefix) {
        SheetContent c = sheet.content();
        List<String> parts = new ArrayList<>();
        parts.add(c.sectionName());
        parts.add(c.legalBasis());
        parts.add(c.target());
        parts.add(c.intent());
        parts.add(c.means());
        c.indicators().stream().map(PerformanceIndicator::name).forEach(parts::add);
        for (Assessment a : List.of(sheet.first(), sheet.second())) {
            parts.add(a.relevanceReason());
            parts.add(a.effectivenessReason());
            parts.add(a.efficiencyReason());
            parts.add(a.direction());
            parts.add(a.improvement());
            parts.add(a.comment());
        }
        parts.add(sheet.externalComment());
        parts.add(sheet.finalDirection());
        return new SearchDocument(
                idPrefix + sheet.id(),
                m.code(),
                SearchKind.EVALUATION,
                sheet.year(),
                sheet.departmentCode(),
                m.departmentName(sheet.year(), sheet.departmentCode()),
                c.name(),
                SourceText.join(parts.toArray(String[]::new)),
                url,
                audiences);
    }
}
