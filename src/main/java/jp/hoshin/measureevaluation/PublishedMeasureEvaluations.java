package jp.hoshin.measureevaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.policyplan.PlanMeasures.Measure;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公表された施策評価 — what citizens read: the published sheets of a year (a sheet under revision with its entries as
 * published), counted by rating and by direction for the white paper and the index. Only published 事務事業評価 sheets
 * appear on them.
 */
@Service
public class PublishedMeasureEvaluations {

    private final MeasureStore store;
    private final MeasureSheets sheets;
    private final FiscalYears fiscalYears;

    PublishedMeasureEvaluations(MeasureStore store, MeasureSheets sheets, FiscalYears fiscalYears) {
        this.store = store;
        this.sheets = sheets;
        this.fiscalYears = fiscalYears;
    }

    /** The published sheets of the year in the order of the basic plans. */
    @Transactional(readOnly = true)
    public List<MeasureSheet> published(String municipalityCode, int year) {
        fiscalYears.get(municipalityCode, year);
        Map<String, MeasureEvaluationView> views = new LinkedHashMap<>();
        for (MeasureEvaluation e : store.inYear(municipalityCode, year)) {
            publicView(e).ifPresent(v -> views.put(MeasureEvaluations.key(v.reference()), v));
        }
        if (views.isEmpty()) {
            return List.of();
        }
        MeasureSheets.Batch batch = sheets.batch(municipalityCode, year, true);
        List<MeasureSheet> result = new ArrayList<>();
        for (Measure m : store.measures(municipalityCode)) {
            MeasureEvaluationView v = views.get(m.planKey() + "/" + m.key());
            if (v != null) {
                result.add(batch.sheet(m, v));
            }
        }
        return result;
    }

    /** How many sheets are public, by fiscal year: one query, for what the site lists of each year. */
    @Transactional(readOnly = true)
    public Map<Integer, Integer> publicCountsByYear(String municipalityCode) {
        return store.publicCountsByYear(municipalityCode);
    }

    @Transactional(readOnly = true)
    public Optional<MeasureSheet> publishedSheet(MeasureReference ref) {
        fiscalYears.get(ref.municipalityCode(), ref.fiscalYear());
        Optional<MeasureEvaluationView> view = store.find(ref).flatMap(PublishedMeasureEvaluations::publicView);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        Measure measure = store.measure(ref);
        return Optional.of(
                sheets.batch(ref.municipalityCode(), ref.fiscalYear(), true).sheet(measure, view.get()));
    }

    /** The day (in Japan) the last of these sheets was published; empty when none was published through the steps. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> publishedOn(List<MeasureSheet> published) {
        return store.lastPublished(
                        published.stream().map(s -> s.evaluation().id()).toList())
                .map(at -> LocalDate.ofInstant(at, FiscalYear.JAPAN));
    }

    /**
     * Counts of the published sheets of a year by rating (the 二次評価's, else the 一次評価's 進捗) and by 今後の方向性, each
     * in the order of the municipality's list, then any other label a sheet was published with.
     */
    public record Summary(int year, int total, Map<String, Long> byRating, Map<String, Long> byDirection) {}

    @Transactional(readOnly = true)
    public Summary summary(String municipalityCode, int year) {
        List<MeasureSheet> published = published(municipalityCode, year);
        MeasureScales scales = store.scales(municipalityCode);
        List<MeasureEvaluationView> views =
                published.stream().map(MeasureSheet::evaluation).toList();
        return new Summary(
                year,
                published.size(),
                count(scales.progressLevels(), views, MeasureEvaluationView::rating),
                count(scales.directions(), views, MeasureEvaluationView::direction));
    }

    private static Map<String, Long> count(
            List<String> labels,
            List<MeasureEvaluationView> views,
            Function<MeasureEvaluationView, @Nullable String> of) {
        Map<String, Long> counts = new LinkedHashMap<>();
        labels.forEach(l -> counts.put(l, 0L));
        for (MeasureEvaluationView v : views) {
            String label = of.apply(v);
            if (label != null) {
                counts.merge(label, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static Optional<MeasureEvaluationView> publicView(MeasureEvaluation sheet) {
        if (sheet.stage() == MeasureEvaluationStage.PUBLISHED) {
            return Optional.of(sheet.view());
        }
        String snapshot = sheet.publishedSnapshot();
        return snapshot == null
                ? Optional.empty()
                : Optional.of(MeasureEvaluationSetting.JSON.readValue(snapshot, MeasureEvaluationView.class));
    }
}
