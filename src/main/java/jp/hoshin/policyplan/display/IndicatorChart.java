package jp.hoshin.policyplan.display;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.policyplan.Aggregation;
import jp.hoshin.policyplan.Direction;
import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;
import jp.hoshin.policyplan.PolicyViews.PlacedIndicator;
import jp.hoshin.policyplan.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * The chart of an indicator as an SVG image made on the server: its values over the fiscal years as
 * points joined by a line (a missing value breaks the line and is marked 値なし), the target as a dashed
 * reference line with a diamond at the target year. Colours are from the Okabe–Ito palette and every
 * series also differs in shape (circle / diamond, solid / dashed), so it reads without colour and in black-and-white print.
 * The image has {@code role="img"} and a text alternative ({@link #summary}) that sums up the trend; the
 * numbers themselves are in the table beside it. Presentation attributes only (no CSS, no script), so
 * the same markup works inline in a page and in a PDF.
 */
public final class IndicatorChart {

    static final int WIDTH = 560;
    static final int HEIGHT = 280;
    private static final int LEFT = 78;
    private static final int RIGHT = WIDTH - 24;
    private static final int BOTTOM = HEIGHT - 44;
    private static final int LINE_HEIGHT = 18;
    private static final int LEGEND_CHARS = 36;

    static final String ACTUAL = "#0072B2";
    static final String TARGET = "#D55E00";
    private static final String INK = "#1a1a1a";
    private static final String MUTED = "#595959";
    private static final String GRID = "#d9d9d9";
    private static final String FONT = "'Noto Sans JP', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";

    static final DrawnCharts DRAWN = new DrawnCharts();

    private IndicatorChart() {}

    /** Whether the indicator has a number to draw. */
    public static boolean drawable(PlacedIndicator placed) {
        return placed.values().stream().anyMatch(ValueRow::hasNumber);
    }

    /**
     * The values a chart draws: the numbers and the missing years; not a state reached (策定), nor a partial-year count
     * of a yearly or cumulative indicator (it would read as a drop), which the table shows with its date.
     */
    private static PlacedIndicator charted(PlacedIndicator placed) {
        boolean point = placed.indicator().aggregation() == Aggregation.POINT;
        return new PlacedIndicator(
                placed.indicator(),
                placed.role(),
                placed.targetYear(),
                placed.targetValue(),
                placed.values().stream()
                        .filter(v -> v.state() == null && (point || !v.partial()))
                        .toList(),
                placed.judgement());
    }

    /**
     * The SVG markup (an {@code <svg>} element). {@code id} makes the ids of its title and description
     * unique on the page.
     */
    public static String svg(PlacedIndicator shown, String id) {
        return DRAWN.of(shown, "svg", id, () -> draw(shown, id));
    }

    private static String draw(PlacedIndicator shown, String id) {
        PlacedIndicator placed = charted(shown);
        IndicatorRow indicator = placed.indicator();
        int decimals = IndicatorFormat.decimals(placed);
        List<ValueRow> values = placed.values();
        List<ValueRow> numbers = values.stream().filter(v -> !v.missing()).toList();
        @Nullable BigDecimal reference = referenceLine(placed);

        List<String> legend = new ArrayList<>();
        legend.add("実績値"
                + (indicator.mainName() != null && indicator.subName() != null
                        ? "（" + indicator.mainName() + "）"
                        : ""));
        List<String> targetLines = wrap(targetLegend(placed, decimals));
        int top = LINE_HEIGHT * (1 + targetLines.size()) + 30;

        TreeSet<Integer> years = new TreeSet<>();
        values.forEach(v -> years.add(v.fiscalYear()));
        if (placed.targetYear() != null && reference != null) {
            years.add(placed.targetYear());
        }
        int firstYear = years.isEmpty() ? 0 : years.first();
        int lastYear = years.isEmpty() ? 0 : years.last();

        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (ValueRow v : numbers) {
            lo = Math.min(lo, v.value().doubleValue());
            hi = Math.max(hi, v.value().doubleValue());
        }
        if (reference != null) {
            lo = Math.min(lo, reference.doubleValue());
            hi = Math.max(hi, reference.doubleValue());
        }
        if (numbers.isEmpty() && reference == null) {
            lo = 0;
            hi = 1;
        }
        Scale scale = Scale.of(lo, hi);

        Svg svg = new Svg(id, title(indicator), describe(placed));
        // legend
        svg.circle(LEFT - 50, LINE_HEIGHT - 4, 4, ACTUAL);
        svg.line(LEFT - 62, LINE_HEIGHT - 4, LEFT - 38, LINE_HEIGHT - 4, ACTUAL, 2.5, null);
        svg.text(LEFT - 30, LINE_HEIGHT, legend.getFirst(), 13, INK, "start");
        for (int i = 0; i < targetLines.size(); i++) {
            int y = LINE_HEIGHT * (2 + i);
            if (i == 0 && reference != null) {
                svg.line(LEFT - 62, y - 4, LEFT - 38, y - 4, TARGET, 2, "6 4");
                svg.diamond(LEFT - 50, y - 4, 5, TARGET);
            }
            svg.text(LEFT - 30, y, targetLines.get(i), 13, INK, "start");
        }
        // axes and grid
        String unit = indicator.unit() == null ? null : "（" + indicator.unit() + "）";
        if (unit != null) {
            svg.text(LEFT - 8, top - 12, unit, 12, MUTED, "end");
        }
        for (double tick : scale.ticks()) {
            double y = y(tick, scale, top);
            svg.line(LEFT, y, RIGHT, y, GRID, 1, null);
            svg.text(LEFT - 8, y + 4, scale.label(tick), 12, INK, "end");
        }
        svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, MUTED, 1, null);
        for (int year : years) {
            double x = x(year, firstYear, lastYear);
            svg.line(x, BOTTOM, x, BOTTOM + 5, MUTED, 1, null);
            FiscalYear fy = FiscalYear.of(year);
            String wareki = fy.warekiLabel();
            svg.text(x, BOTTOM + 19, wareki.substring(0, wareki.length() - 2), 12, INK, "middle");
            svg.text(x, BOTTOM + 35, "(" + year + ")", 11, MUTED, "middle");
        }
        // target
        if (reference != null) {
            double y = y(reference.doubleValue(), scale, top);
            svg.line(LEFT, y, RIGHT, y, TARGET, 2, "6 4");
            if (placed.targetYear() != null && indicator.targetKind() == TargetKind.NUMBER) {
                svg.diamond(x(placed.targetYear(), firstYear, lastYear), y, 6, TARGET);
            }
        }
        // values: lines between consecutive years with values, a gap where one is missing
        List<double[]> segment = new ArrayList<>();
        for (ValueRow v : values) {
            if (v.missing()) {
                svg.polyline(segment, ACTUAL);
                segment = new ArrayList<>();
                svg.text(x(v.fiscalYear(), firstYear, lastYear), BOTTOM - 8, "値なし", 11, MUTED, "middle");
            } else {
                segment.add(new double[] {
                    x(v.fiscalYear(), firstYear, lastYear), y(v.value().doubleValue(), scale, top)
                });
            }
        }
        svg.polyline(segment, ACTUAL);
        List<ValueRow> labelled = labelled(numbers);
        for (ValueRow v : numbers) {
            double x = x(v.fiscalYear(), firstYear, lastYear);
            double y = y(v.value().doubleValue(), scale, top);
            svg.circle(x, y, 4.5, ACTUAL);
            if (labelled.contains(v)) {
                String label = IndicatorFormat.number(v.value(), IndicatorFormat.places(v.value()));
                double labelY = y - 10 < top + 2 ? y + 20 : y - 10;
                svg.halo(x, labelY, label, 12);
                svg.text(x, labelY, label, 12, INK, "middle");
            }
        }
        return svg.toString();
    }

    /**
     * The text alternative: how the indicator moved from its first to its latest value (with its peak or
     * low in between), the target, and the years without a value.
     */
    public static String summary(PlacedIndicator shown) {
        return DRAWN.of(shown, "summary", "", () -> describe(shown));
    }

    private static String describe(PlacedIndicator shown) {
        PlacedIndicator placed = charted(shown);
        IndicatorRow indicator = placed.indicator();
        int decimals = IndicatorFormat.decimals(placed);
        List<ValueRow> numbers =
                placed.values().stream().filter(v -> !v.missing()).toList();
        StringBuilder text = new StringBuilder(title(indicator)).append("。");
        if (numbers.isEmpty()) {
            text.append("数値で示せる値はまだありません。");
        } else {
            ValueRow first = numbers.getFirst();
            ValueRow last = numbers.getLast();
            text.append(when(first)).append("の").append(amount(indicator, first, decimals));
            if (first == last) {
                text.append("。");
            } else {
                int cmp = last.value().compareTo(first.value());
                text.append("から")
                        .append(when(last))
                        .append("の")
                        .append(amount(indicator, last, decimals))
                        .append("へ")
                        .append(cmp > 0 ? "増加" : cmp < 0 ? "減少" : "横ばい");
                ValueRow max = numbers.stream()
                        .max(Comparator.comparing(ValueRow::value))
                        .orElseThrow();
                ValueRow min = numbers.stream()
                        .min(Comparator.comparing(ValueRow::value))
                        .orElseThrow();
                ValueRow between = cmp >= 0 && max != last && max != first
                        ? max
                        : cmp <= 0 && min != last && min != first ? min : null;
                if (between != null) {
                    text.append("（")
                            .append(between == max ? "最大" : "最小")
                            .append("は")
                            .append(when(between))
                            .append("の")
                            .append(amount(indicator, between, decimals))
                            .append("）");
                }
                text.append("。");
            }
        }
        text.append(targetSentence(placed, decimals));
        if (indicator.direction() == Direction.DOWN) {
            text.append("値が小さいほど良い指標です。");
        }
        List<String> missing = placed.values().stream()
                .filter(ValueRow::missing)
                .map(v -> FiscalYear.of(v.fiscalYear()).warekiLabel())
                .toList();
        if (!missing.isEmpty() && !numbers.isEmpty()) {
            text.append(String.join("、", missing)).append("は値がありません。");
        }
        return text.toString();
    }

    private static String title(IndicatorRow indicator) {
        return indicator.name() + "の推移";
    }

    private static String when(ValueRow v) {
        return FiscalYear.of(v.fiscalYear()).warekiLabel();
    }

    private static String amount(IndicatorRow indicator, ValueRow v, int decimals) {
        String reference = IndicatorFormat.reference(v.reference());
        return IndicatorFormat.number(v.value(), IndicatorFormat.places(v.value()))
                + (indicator.unit() == null ? "" : indicator.unit())
                + (reference == null ? "" : "（" + reference + "）");
    }

    private static String targetSentence(PlacedIndicator placed, int decimals) {
        IndicatorRow indicator = placed.indicator();
        String year = placed.targetYear() == null
                ? ""
                : FiscalYear.of(placed.targetYear()).warekiLabel() + "の";
        return switch (indicator.targetKind()) {
            case KEEP -> year + "目標は基準値の維持です。";
            case STATE -> year + "目標は「" + indicator.targetState() + "」です。";
            case NUMBER ->
                placed.targetValue() == null
                        ? ""
                        : year + "目標値は" + IndicatorFormat.target(placed, null).value() + "です。";
        };
    }

    private static String targetLegend(PlacedIndicator placed, int decimals) {
        IndicatorRow indicator = placed.indicator();
        String year = placed.targetYear() == null
                ? ""
                : "（" + FiscalYear.of(placed.targetYear()).warekiLabel() + "）";
        return switch (indicator.targetKind()) {
            case KEEP -> "目標：維持（基準値の水準）" + year;
            case STATE -> "目標：" + indicator.targetState() + year;
            case NUMBER ->
                placed.targetValue() == null
                        ? "目標値：—"
                        : "目標値 "
                                + IndicatorFormat.number(
                                        placed.targetValue(), IndicatorFormat.places(placed.targetValue()))
                                + (indicator.unit() == null ? "" : indicator.unit())
                                + (indicator.targetNote() != null
                                                && List.of("以下", "以上", "未満", "超")
                                                        .contains(indicator.targetNote())
                                        ? indicator.targetNote()
                                        : "")
                                + year;
        };
    }

    /** The value the dashed line marks: the target, or for 「維持」 the baseline (the first value). */
    private static @Nullable BigDecimal referenceLine(PlacedIndicator placed) {
        return switch (placed.indicator().targetKind()) {
            case NUMBER -> placed.targetValue();
            case KEEP ->
                placed.values().stream()
                        .filter(v -> !v.missing())
                        .findFirst()
                        .map(ValueRow::value)
                        .orElse(null);
            case STATE -> null;
        };
    }

    /** Every value is labelled when there are few; otherwise the first, the latest, the highest and the lowest. */
    private static List<ValueRow> labelled(List<ValueRow> numbers) {
        if (numbers.size() <= 6) {
            return numbers;
        }
        List<ValueRow> picked = new ArrayList<>(List.of(numbers.getFirst(), numbers.getLast()));
        picked.add(numbers.stream().max(Comparator.comparing(ValueRow::value)).orElseThrow());
        picked.add(numbers.stream().min(Comparator.comparing(ValueRow::value)).orElseThrow());
        return picked;
    }

    /** Lines of at most about {@link #LEGEND_CHARS} characters; a closing bracket or comma never starts a line (禁則). */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > LEGEND_CHARS) {
            int at = LEGEND_CHARS;
            while (at < rest.length() && "）)」』、。，．・".indexOf(rest.charAt(at)) >= 0) {
                at++;
            }
            if (at >= rest.length()) {
                break;
            }
            lines.add(rest.substring(0, at));
            rest = rest.substring(at);
        }
        lines.add(rest);
        return lines;
    }

    private static double x(int year, int firstYear, int lastYear) {
        double inner = RIGHT - LEFT - 48;
        if (lastYear == firstYear) {
            return LEFT + 24 + inner / 2;
        }
        return LEFT + 24 + inner * (year - firstYear) / (lastYear - firstYear);
    }

    private static double y(double value, Scale scale, int top) {
        return BOTTOM - (BOTTOM - top) * (value - scale.lo()) / (scale.hi() - scale.lo());
    }

    /**
     * The value axis: round bounds and steps (1, 2, 2.5, 5 × 10ⁿ); from zero when the values are not far above
     * it, and never so narrow that a small change looks like a large one (the span is at least a fifth of the top value:
     * 149 → 147 か所 is drawn on 120–160, not on 146–151).
     */
    record Scale(double lo, double hi, double step) {

        static Scale of(double min, double max) {
            double lo = min >= 0 && min <= max * 0.5 ? 0 : min;
            double hi = max;
            double least = Math.abs(hi) * 0.2;
            if (lo != 0 && hi - lo < least) {
                lo = min >= 0 ? Math.max(0, hi - least) : hi - least;
            }
            if (hi - lo == 0) {
                double pad = hi == 0 ? 1 : Math.abs(hi) * 0.1;
                lo = lo == 0 ? 0 : lo - pad;
                hi = hi + pad;
            }
            double span = hi - lo;
            if (lo != 0) {
                lo -= span * 0.1;
            }
            hi += span * 0.1;
            double step = niceStep((hi - lo) / 4);
            double niceLo = Math.floor(lo / step) * step;
            if (min >= 0 && niceLo < 0) {
                niceLo = 0;
            }
            return new Scale(niceLo, Math.ceil(hi / step) * step, step);
        }

        private static double niceStep(double raw) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double n = raw / magnitude;
            double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10;
            return nice * magnitude;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; lo + i * step <= hi + step * 1e-9; i++) {
                ticks.add(lo + i * step);
            }
            return ticks;
        }

        /** The tick as a number with the step's decimals: 1,200,000, 32.5. */
        String label(double tick) {
            int decimals = 0;
            while (decimals < 6
                    && Math.abs(step * Math.pow(10, decimals) - Math.rint(step * Math.pow(10, decimals))) > 1e-6) {
                decimals++;
            }
            return IndicatorFormat.number(BigDecimal.valueOf(tick), decimals);
        }
    }

    /** A little SVG writer with escaped text. */
    private static final class Svg {

        private final StringBuilder out = new StringBuilder();

        Svg(String id, String title, String description) {
            out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                    .append(WIDTH)
                    .append(' ')
                    .append(HEIGHT)
                    .append("\" width=\"")
                    .append(WIDTH)
                    .append("\" height=\"")
                    .append(HEIGHT)
                    .append("\" class=\"indicator-chart\" role=\"img\" aria-labelledby=\"")
                    .append(escape(id))
                    .append("-t ")
                    .append(escape(id))
                    .append("-d\" font-family=\"")
                    .append(FONT)
                    .append("\">")
                    .append("<title id=\"")
                    .append(escape(id))
                    .append("-t\">")
                    .append(escape(title))
                    .append("</title>")
                    .append("<desc id=\"")
                    .append(escape(id))
                    .append("-d\">")
                    .append(escape(description))
                    .append("</desc>")
                    .append("<rect x=\"0\" y=\"0\" width=\"")
                    .append(WIDTH)
                    .append("\" height=\"")
                    .append(HEIGHT)
                    .append("\" fill=\"#ffffff\"/>");
        }

        void line(double x1, double y1, double x2, double y2, String colour, double width, @Nullable String dash) {
            out.append("<line x1=\"")
                    .append(n(x1))
                    .append("\" y1=\"")
                    .append(n(y1))
                    .append("\" x2=\"")
                    .append(n(x2))
                    .append("\" y2=\"")
                    .append(n(y2))
                    .append("\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"")
                    .append(n(width))
                    .append('"');
            if (dash != null) {
                out.append(" stroke-dasharray=\"").append(dash).append('"');
            }
            out.append("/>");
        }

        void polyline(List<double[]> points, String colour) {
            if (points.size() < 2) {
                return;
            }
            out.append("<polyline fill=\"none\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\" points=\"");
            for (double[] p : points) {
                out.append(n(p[0])).append(',').append(n(p[1])).append(' ');
            }
            out.setLength(out.length() - 1);
            out.append("\"/>");
        }

        void circle(double x, double y, double r, String colour) {
            out.append("<circle cx=\"")
                    .append(n(x))
                    .append("\" cy=\"")
                    .append(n(y))
                    .append("\" r=\"")
                    .append(n(r))
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        }

        void diamond(double x, double y, double r, String colour) {
            out.append("<path d=\"M")
                    .append(n(x))
                    .append(' ')
                    .append(n(y - r))
                    .append(" L")
                    .append(n(x + r))
                    .append(' ')
                    .append(n(y))
                    .append(" L")
                    .append(n(x))
                    .append(' ')
                    .append(n(y + r))
                    .append(" L")
                    .append(n(x - r))
                    .append(' ')
                    .append(n(y))
                    .append(" Z\" fill=\"")
                    .append(colour)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
        }

        /** A white backing under a centred label so that it stays legible where it crosses a line. */
        void halo(double x, double y, String text, int size) {
            double width = text.length() * size * 0.6 + 4;
            out.append("<rect x=\"")
                    .append(n(x - width / 2))
                    .append("\" y=\"")
                    .append(n(y - size))
                    .append("\" width=\"")
                    .append(n(width))
                    .append("\" height=\"")
                    .append(n(size + 4))
                    .append("\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>");
        }

        void text(double x, double y, String text, int size, String colour, String anchor) {
            out.append("<text x=\"")
                    .append(n(x))
                    .append("\" y=\"")
                    .append(n(y))
                    .append("\" font-size=\"")
                    .append(size)
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\" text-anchor=\"")
                    .append(anchor)
                    .append("\">")
                    .append(escape(text))
                    .append("</text>");
        }

        @Override
        public String toString() {
            return out + "</svg>";
        }

        private static String n(double v) {
            return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;");
        }
    }
}
