package jp.hoshin.policyplan.display;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.policyplan.PlacementRole;
import jp.hoshin.policyplan.PolicyPlanKind;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.policyplan.display.IndicatorFormat.Cell;
import org.jspecify.annotations.Nullable;

/**
 * An indicator table in the shape the city prints it (白書): the indicator, then one column per fiscal
 * year with values — grouped under the plan's baseline label (計画策定時, 戦略策定時), 実績値 before it and
 * 達成値 / 実績値 after it, phase ends marked 平成26年度（前期） — and the 目標値 with its target year; the notes
 * (注) go under the table. The columns come from the years that have values (from one plan period before the
 * baseline), not from fixed years.
 */
public record IndicatorTable(
        PlacementRole role,
        List<Column> columns,
        String targetHeading,
        @Nullable Integer targetYear,
        List<Row> rows,
        List<String> notes) {

    /** A year column: the group heading over it (計画策定時, 達成値 …) and its own heading (平成26年度（前期）). */
    public record Column(int fiscalYear, String group, String heading) {}

    /** Adjacent columns under the same group heading. */
    public record Group(String label, int span) {}

    /** One indicator: its cells in column order (— where the year has no value) and its target. */
    public record Row(PlacedIndicator indicator, List<Cell> cells, Cell target) {

        public String name() {
            return indicator.indicator().name();
        }
    }

    /** The table of these indicators (all placed in one role) as the plan presents them. */
    public static IndicatorTable of(PlanView plan, PlacementRole role, List<PlacedIndicator> indicators) {
        PlanRow row = plan.plan();
        TreeSet<Integer> years = new TreeSet<>();
        int from = firstYear(row);
        indicators.forEach(i -> {
            i.values().forEach(v -> {
                if (v.fiscalYear() >= from) {
                    years.add(v.fiscalYear());
                }
            });
            i.provisional().forEach(v -> {
                if (v.fiscalYear() >= from) {
                    years.add(v.fiscalYear());
                }
            });
        });
        int latest = years.isEmpty() ? 0 : years.last();
        List<Column> columns = new ArrayList<>();
        for (int year : years) {
            columns.add(new Column(year, group(row, year), heading(plan, year, year == latest)));
        }
        Integer targetYear = row.targetYear() != null ? row.targetYear() : mostCommonTargetYear(indicators);
        List<Row> rows = indicators.stream()
                .map(i -> {
                    Map<Integer, ValueRow> byYear =
                            i.values().stream().collect(Collectors.toMap(ValueRow::fiscalYear, Function.identity()));
                    List<Cell> cells = columns.stream()
                            .map(c -> IndicatorFormat.withProvisional(
                                    i, byYear.get(c.fiscalYear()), i.provisional(c.fiscalYear())))
                            .toList();
                    return new Row(i, cells, IndicatorFormat.target(i, targetYear));
                })
                .toList();
        Set<String> notes = new LinkedHashSet<>();
        indicators.stream()
                .map(i -> i.indicator().notes())
                .filter(Objects::nonNull)
                .flatMap(n -> n.lines().map(String::strip).filter(l -> !l.isEmpty()))
                .forEach(notes::add);
        String targetHeading =
                targetYear == null ? "" : FiscalYear.of(targetYear).label();
        return new IndicatorTable(role, List.copyOf(columns), targetHeading, targetYear, rows, List.copyOf(notes));
    }

    /** The group headings over the year columns, adjacent equal ones joined: 計画策定時 | 達成値 (3). */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (Column c : columns) {
            if (!groups.isEmpty() && groups.getLast().label().equals(c.group())) {
                groups.set(
                        groups.size() - 1, new Group(c.group(), groups.getLast().span() + 1));
            } else {
                groups.add(new Group(c.group(), 1));
            }
        }
        return groups;
    }

    /** The heading of the indicator column: 目標指標, 目標項目 (数値目標) or 指標 (KPI). */
    public String nameHeading() {
        return switch (role) {
            case MEASURE -> "目標指標";
            case GOAL -> "目標項目";
            case KPI -> "指標";
        };
    }

    /**
     * The earliest year a plan's tables show: one plan period before its baseline (総合戦略 2019–2022 with
     * baseline 2018 shows 平成26年度 onwards, as the city does, although its KPIs shared with the basic plan
     * have values from 平成22年度); every year when the plan has no baseline or period.
     */
    public static int firstYear(PlanRow plan) {
        if (plan.baselineYear() == null || plan.startYear() == null || plan.endYear() == null) {
            return Integer.MIN_VALUE;
        }
        return plan.baselineYear() - (plan.endYear() - plan.startYear() + 1);
    }

    private static String group(PlanRow plan, int year) {
        Integer baseline = plan.baselineYear();
        if (baseline != null && year == baseline) {
            return plan.baselineLabel() == null ? "基準値" : plan.baselineLabel();
        }
        if (baseline != null && year > baseline && plan.kind() == PolicyPlanKind.BASIC_PLAN) {
            return "達成値";
        }
        return "実績値";
    }

    /** 平成26年度（前期） at a phase end, 令和2（2020）年度 for the latest year, 平成22年度 otherwise — as the city writes them. */
    private static String heading(PlanView plan, int year, boolean latest) {
        FiscalYear fy = FiscalYear.of(year);
        var phase = plan.phaseEndingIn(year);
        if (phase.isPresent() && !latest) {
            return fy.warekiLabel() + "（" + phase.get().name() + "）";
        }
        return latest ? fy.label() : fy.warekiLabel();
    }

    private static @Nullable Integer mostCommonTargetYear(List<PlacedIndicator> indicators) {
        return indicators.stream()
                .map(PlacedIndicator::targetYear)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<Integer, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
