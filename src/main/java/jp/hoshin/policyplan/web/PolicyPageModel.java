package jp.hoshin.policyplan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.policyplan.IndicatorJudgement.Status;
import jp.hoshin.policyplan.PolicyRows.PhaseRow;
import jp.hoshin.policyplan.PolicyRows.PlanRow;
import jp.hoshin.policyplan.PolicyRows.ProgressRow;
import jp.hoshin.policyplan.PolicyRows.RevisionRow;
import jp.hoshin.policyplan.PolicyViews.ElementView;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.PolicyViews.Placement;
import jp.hoshin.policyplan.PolicyViews.PlanOutline;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.policyplan.display.IndicatorChart;
import jp.hoshin.policyplan.display.IndicatorFormat;
import jp.hoshin.policyplan.display.IndicatorTable;
import jp.hoshin.shared.JapaneseDates;
import org.jspecify.annotations.Nullable;

/**
 * What the public plan pages show, prepared so that the templates only lay it out. Public for the compiled element page
 * ({@code src/main/jte/site/policy-element.jte}), whose generated code lives in another package.
 */
public final class PolicyPageModel {

    private PolicyPageModel() {}

    /** A plan as the list of plans and the plan's own page introduce it. */
    public record PlanCard(
            PlanRow plan,
            @Nullable String parentName,
            @Nullable String period,
            @Nullable String targetYear,
            List<String> revisions,
            List<String> phases,
            @Nullable String summary) {

        static PlanCard of(PlanOutline outline, Map<String, PlanRow> plansByKey) {
            PlanRow plan = outline.plan();
            PlanRow parent = plan.parentKey() == null ? null : plansByKey.get(plan.parentKey());
            String period = plan.startYear() == null || plan.endYear() == null
                    ? null
                    : FiscalYear.of(plan.startYear()).label() + "〜"
                            + FiscalYear.of(plan.endYear()).label() + "（" + (plan.endYear() - plan.startYear() + 1)
                            + "年間）";
            String target = plan.targetYear() == null
                    ? null
                    : FiscalYear.of(plan.targetYear()).label();
            return new PlanCard(
                    plan,
                    parent == null ? null : parent.name(),
                    period,
                    target,
                    outline.revisions().stream().map(PlanCard::revision).toList(),
                    outline.phases().stream().map(PlanCard::phase).toList(),
                    firstSentence(plan.overview()));
        }

        /** The overview's first sentence (a 。 that does not close a bracket ends it). */
        private static @Nullable String firstSentence(@Nullable String overview) {
            if (overview == null || overview.isBlank()) {
                return null;
            }
            String text = overview.strip().lines().findFirst().orElse("");
            Matcher end = Pattern.compile("。(?![）」』])").matcher(text);
            return end.find() ? text.substring(0, end.end()) : text;
        }

        /** 第2次改定 令和2（2020）年3月（中期の計画期間が満了したことから改定）. */
        private static String revision(RevisionRow r) {
            StringBuilder text = new StringBuilder(r.name());
            if (r.adoptedOn() != null) {
                text.append(' ').append(adopted(r.adoptedOn(), r.adoptedPrecision()));
            }
            if (r.note() != null) {
                text.append("（").append(r.note()).append("）");
            }
            return text.toString();
        }

        private static String adopted(LocalDate date, JapaneseDates.@Nullable Precision precision) {
            String day = JapaneseDates.format(date);
            return switch (precision == null ? JapaneseDates.Precision.DAY : precision) {
                case YEAR -> day.substring(0, day.indexOf('年') + 1);
                case MONTH -> day.substring(0, day.indexOf('月') + 1);
                case DAY -> day;
            };
        }

        private static String phase(PhaseRow p) {
            return p.name() + "　" + FiscalYear.of(p.startYear()).label() + "〜"
                    + FiscalYear.of(p.endYear()).label();
        }
    }

    /**
     * How many of a plan's indicators fall in each of its own bands (S, A, B, C … then 判定なし), for a plan judged by
     * bands; {@code status} gives the band's colour. Null for a plan judged by today's rule.
     */
    public record BandCount(String label, Status status, int count) {

        static @Nullable List<BandCount> of(PlanRow plan, Map<String, List<PlacedIndicator>> indicators) {
            if (plan.judgementBands() == null) {
                return null;
            }
            List<PlacedIndicator> all =
                    indicators.values().stream().flatMap(List::stream).toList();
            List<BandCount> counts = new ArrayList<>();
            var bands = plan.judgementBands().bands();
            for (int b = 0; b < bands.size(); b++) {
                String label = bands.get(b).label();
                Status colour = b == 0 ? Status.ACHIEVED : b == bands.size() - 1 ? Status.BEHIND : Status.ON_TRACK;
                int n = (int) all.stream()
                        .filter(i -> i.judgement().status() != Status.NOT_JUDGED
                                && i.judgement().label().equals(label))
                        .count();
                counts.add(new BandCount(label, colour, n));
            }
            int notJudged = (int) all.stream()
                    .filter(i -> i.judgement().status() == Status.NOT_JUDGED)
                    .count();
            counts.add(new BandCount(Status.NOT_JUDGED.label(), Status.NOT_JUDGED, notJudged));
            return counts;
        }

        /** The CSS class of the label, as the status label fragment writes it. */
        public String cssClass() {
            return statusClass(status);
        }
    }

    /** How many of some indicators Hoshin judges 達成, 順調, 遅れ, 悪化 and 判定なし. */
    public record Counts(Map<Status, Integer> byStatus) {

        static Counts of(List<PlacedIndicator> indicators) {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            indicators.forEach(i -> counts.merge(i.judgement().status(), 1, Integer::sum));
            return new Counts(counts);
        }

        static Counts sum(List<Counts> parts) {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            parts.forEach(p -> p.byStatus().forEach((k, v) -> counts.merge(k, v, Integer::sum)));
            return new Counts(counts);
        }

        public int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int of(Status status) {
            return byStatus.getOrDefault(status, 0);
        }

        /** The statuses that occur, in the order 達成 … 判定なし. */
        public List<Map.Entry<Status, Integer>> present() {
            return byStatus.entrySet().stream().filter(e -> e.getValue() > 0).toList();
        }
    }

    /** A 基本目標 of the strategy on the plan's page: its 施策の方向 and its tables (数値目標, KPI). */
    public record GoalSection(ElementView goal, List<String> direction, List<IndicatorTable> tables) {}

    /** An element in a plan's tree with the judgement counts of its own indicators and its children below it. */
    public record Node(ElementView element, Counts counts, List<Node> children) {

        static List<Node> tree(PlanView plan, List<ElementView> level, Map<String, List<PlacedIndicator>> indicators) {
            List<Node> nodes = new ArrayList<>();
            for (ElementView e : level) {
                String key = e.element().key();
                nodes.add(new Node(
                        e,
                        Counts.of(indicators.getOrDefault(key, List.of())),
                        tree(plan, plan.childrenOf(key), indicators)));
            }
            return nodes;
        }

        /** The counts of this element and everything below it. */
        public Counts allCounts() {
            List<Counts> parts = new ArrayList<>(List.of(counts));
            children.forEach(c -> parts.add(c.allCounts()));
            return Counts.sum(parts);
        }
    }

    /** An indicator of an element page: its judgement, the city's own judgements, and the chart. */
    public record IndicatorDetail(
            PlacedIndicator placed,
            String anchor,
            @Nullable String chart,
            String chartSummary,
            String judgedAt,
            List<String> officialJudgements,
            List<Related> alsoIn) {

        /** The chart covers the years the plan's tables show ({@link IndicatorTable#firstYear}). */
        static IndicatorDetail of(PlanRow plan, PlacedIndicator placed, int index, List<Related> alsoIn) {
            String anchor = "indicator-" + index;
            int from = IndicatorTable.firstYear(plan);
            PlacedIndicator shown = placed.from(from);
            boolean drawable = IndicatorChart.drawable(shown);
            List<String> official = placed.values().stream()
                    .filter(v -> v.officialJudgement() != null)
                    .map(v -> FiscalYear.of(v.fiscalYear()).warekiLabel() + "：" + v.officialJudgement())
                    .toList();
            return new IndicatorDetail(
                    placed,
                    anchor,
                    drawable ? IndicatorChart.svg(shown, "chart-" + index) : null,
                    IndicatorChart.summary(shown),
                    FiscalYear.of(placed.judgement().year()).warekiLabel(),
                    official,
                    alsoIn);
        }
    }

    /** The same indicator placed in a related plan (a KPI of the strategy that is also a measure's 目標指標), with the target there. */
    public record Related(
            String planKey,
            String planName,
            String planKind,
            String elementKey,
            String elementTitle,
            String roleLabel,
            String target) {

        static Related of(PlanRow plan, Placement placed) {
            String target = IndicatorFormat.target(
                                    placed.indicator(), placed.targetYear(), placed.targetValue(), placed.targetYear())
                            .text()
                    + (placed.targetYear() == null
                            ? ""
                            : "、" + FiscalYear.of(placed.targetYear()).warekiLabel());
            return new Related(
                    plan.key(),
                    plan.name(),
                    plan.kind().label(),
                    placed.elementKey(),
                    placed.elementTitle(),
                    placed.role().label(),
                    target);
        }

        /** The same, named by its plan rather than its kind (a predecessor or successor plan of the same kind). */
        Related byName() {
            return new Related(planKey, planName, planName, elementKey, elementTitle, roleLabel, target);
        }
    }

    /** A progress text of a fiscal year, in paragraphs. */
    public record YearText(String heading, List<String> paragraphs) {

        static List<YearText> newestFirst(List<ProgressRow> progress, String suffix) {
            return progress.stream()
                    .sorted((a, b) -> Integer.compare(b.fiscalYear(), a.fiscalYear()))
                    .map(p -> new YearText(
                            FiscalYear.of(p.fiscalYear()).label() + suffix, PolicyPageModel.paragraphs(p.body())))
                    .toList();
        }
    }

    /** The CSS class of a judgement's label ({@code status-on-track}): its colour, as the status fragment writes it. */
    public static String statusClass(Status status) {
        return STATUS_CLASSES.get(status);
    }

    /** {@link #statusClass} of each status, written once: a plan's page asks for them a few hundred times. */
    private static final Map<Status, String> STATUS_CLASSES = new EnumMap<>(Status.class);

    static {
        for (Status status : Status.values()) {
            STATUS_CLASSES.put(
                    status, "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    /** A text's lines as paragraphs (a line break in the data separates paragraphs). */
    static List<String> paragraphs(@Nullable String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
