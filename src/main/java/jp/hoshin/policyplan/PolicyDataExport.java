package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyRows.ElementRow;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.shared.Csv;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a municipality's plan data as the eight tables of docs/plan-data-format.md (header row first),
 * in the form {@link PolicyDataImport} reads, so that an export imported again changes nothing. The
 * 指標 and 指標値 tables are also the indicators' open data.
 */
@Service
public class PolicyDataExport {

    private final Municipalities municipalities;
    private final PolicyPlanRepository plans;
    private final IndicatorRepository indicators;
    private final IndicatorPlacementRepository placements;
    private final ElementProgressRepository progress;

    PolicyDataExport(
            Municipalities municipalities,
            PolicyPlanRepository plans,
            IndicatorRepository indicators,
            IndicatorPlacementRepository placements,
            ElementProgressRepository progress) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.indicators = indicators;
        this.placements = placements;
        this.progress = progress;
    }

    /** Every table, each a list of rows with the header first. */
    @Transactional(readOnly = true)
    public Map<PolicyTable, List<List<String>>> tables(String municipalityCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        List<PolicyPlan> all = plans.findByMunicipalityIdOrderByPosition(m.id());
        List<Indicator> allIndicators = indicators.findByMunicipalityIdOrderById(m.id());
        Map<PolicyTable, List<List<String>>> out = new EnumMap<>(PolicyTable.class);
        for (PolicyTable t : PolicyTable.values()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(t.columns());
            out.put(t, rows);
        }
        List<PolicyElement> elements = new ArrayList<>();
        for (PolicyPlan plan : all) {
            PlanRow p = plan.row();
            out.get(PolicyTable.PLANS)
                    .add(cells(
                            p.key(),
                            p.kind().label(),
                            p.name(),
                            p.parentKey(),
                            p.startYear(),
                            p.endYear(),
                            p.targetYear(),
                            p.baselineYear(),
                            p.baselineLabel(),
                            p.onTrackPercent(),
                            p.overview(),
                            p.judgementBands() == null
                                    ? null
                                    : p.judgementBands().text()));
            for (RevisionRow r : plan.revisions()) {
                out.get(PolicyTable.REVISIONS)
                        .add(cells(r.planKey(), r.seq(), r.name(), adopted(r), r.targetYear(), r.note()));
            }
            for (PhaseRow r : plan.phases()) {
                out.get(PolicyTable.PHASES).add(cells(r.planKey(), r.name(), r.startYear(), r.endYear()));
            }
            for (PolicyElement element : plan.elements()) {
                ElementRow e = element.row();
                out.get(PolicyTable.ELEMENTS)
                        .add(cells(
                                e.planKey(),
                                e.key(),
                                e.kind().label(),
                                e.parentKey(),
                                e.number(),
                                e.name(),
                                e.owners(),
                                e.main() ? "主要" : null,
                                e.relatedKey(),
                                e.overview()));
                elements.add(element);
            }
        }
        Map<Long, String> indicatorKeys = new HashMap<>();
        for (Indicator indicator : allIndicators) {
            IndicatorRow i = indicator.row();
            indicatorKeys.put(indicator.id(), i.key());
            out.get(PolicyTable.INDICATORS)
                    .add(cells(
                            i.key(),
                            i.name(),
                            i.unit(),
                            i.subName(),
                            i.subUnit(),
                            i.mainName(),
                            i.direction().label(),
                            i.targetKind().label(),
                            i.targetYear(),
                            i.targetValue(),
                            i.targetSubValue(),
                            i.targetNote(),
                            i.targetState(),
                            i.notes(),
                            i.aggregation() == Aggregation.POINT
                                    ? null
                                    : i.aggregation().label()));
        }
        Map<Long, Integer> order = new HashMap<>();
        Map<Long, String> elementKeys = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            order.put(elements.get(i).id(), i);
            elementKeys.put(elements.get(i).id(), elements.get(i).key());
        }
        placements.findByElementIdInOrderByPosition(order.keySet()).stream()
                .sorted(Comparator.comparingInt((IndicatorPlacement p) -> order.get(p.elementId()))
                        .thenComparingInt(IndicatorPlacement::position))
                .forEach(p -> out.get(PolicyTable.PLACEMENTS)
                        .add(cells(
                                elementKeys.get(p.elementId()),
                                indicatorKeys.get(p.indicatorId()),
                                p.role().label(),
                                p.targetYear(),
                                p.targetValue())));
        for (Indicator indicator : allIndicators) {
            for (ValueRow v : indicator.values()) {
                out.get(PolicyTable.VALUES)
                        .add(cells(
                                v.indicatorKey(),
                                v.fiscalYear(),
                                v.actual() ? null : v.kind().label(),
                                v.missing() ? "—" : v.state() != null ? v.state() : v.value(),
                                v.subValue(),
                                v.reference() == null ? null : v.reference().label(),
                                v.note(),
                                v.officialJudgement()));
            }
        }
        progress.findByElementIdInOrderByFiscalYear(order.keySet()).stream()
                .sorted(Comparator.comparingInt((ElementProgress p) -> order.get(p.elementId()))
                        .thenComparingInt(ElementProgress::fiscalYear))
                .forEach(p -> out.get(PolicyTable.PROGRESS)
                        .add(cells(elementKeys.get(p.elementId()), p.fiscalYear(), p.body())));
        return out;
    }

    /**
     * A fingerprint of all the municipality's plan data as exported: a workbook carries the one it was
     * exported at, so that an upload made from an outdated download is refused (see {@link PolicyDataImport}).
     */
    @Transactional(readOnly = true)
    public String fingerprint(String municipalityCode) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            tables(municipalityCode)
                    .forEach((table, rows) ->
                            digest.update((table.name() + '\n' + Csv.write(rows)).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable String adopted(RevisionRow r) {
        if (r.adoptedOn() == null || r.adoptedPrecision() == null) {
            return null;
        }
        return switch (r.adoptedPrecision()) {
            case YEAR -> String.valueOf(r.adoptedOn().getYear());
            case MONTH -> r.adoptedOn().toString().substring(0, 7);
            case DAY -> r.adoptedOn().toString();
        };
    }

    private static List<String> cells(@Nullable Object... values) {
        return Arrays.stream(values)
                .map(v -> switch (v) {
                    case null -> "";
                    case BigDecimal d -> d.toPlainString();
                    default -> v.toString();
                })
                .toList();
    }
}
