package jp.hoshin.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jp.hoshin.shared.Messages;
import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar of counts as inline SVG (one segment per category, widths by share), with its text alternative as
 * the SVG's title. Segments the reader must notice (悪化, 未達成) are hatched as well as coloured: not by colour alone.
 */
public final class CountChart {

    /** One category: its label, count, fill colour and whether it is set apart (hatched). */
    public record Part(String label, long count, String fill, boolean setApart) {}

    private static final int WIDTH = 600;
    private static final int HEIGHT = 28;

    /** Fills of an ordered scale's levels (the Okabe–Ito palette); the last level, set apart, is always vermilion. */
    private static final List<String> SCALE_FILLS =
            List.of("#0072b2", "#009e73", "#e69f00", "#56b4e9", "#cc79a7", "#d55e00");

    /** At most this many drawn charts are remembered ({@link #drawn}); past it, charts are drawn every time. */
    static final int REMEMBERED = 2_000;

    private static final Map<Object, String> DRAWN = new ConcurrentHashMap<>();

    private CountChart() {}

    /**
     * The chart {@code draw} makes, drawn once for its {@code inputs} (everything it is drawn from, e.g. the year and its
     * counts; values with {@code equals}) and remembered: a chart is the same for the same data, and the results page
     * drew its bar, title and text alternative on every request, 5 % of its CPU (issue 19). Nothing is kept that another
     * instance would need: each draws its own. At most {@link #REMEMBERED} are kept, so ever new data cannot fill the
     * memory.
     */
    public static String drawn(Object inputs, Supplier<String> draw) {
        String svg = DRAWN.get(inputs);
        if (svg == null) {
            svg = draw.get();
            if (DRAWN.size() < REMEMBERED) {
                DRAWN.putIfAbsent(inputs, svg);
            }
        }
        return svg;
    }

    /** The fill of level {@code index} of a scale of {@code size} levels. */
    public static String scaleFill(int index, int size) {
        return index == size - 1 ? SCALE_FILLS.getLast() : SCALE_FILLS.get(Math.min(index, SCALE_FILLS.size() - 2));
    }

    /** The parts as the end of a text alternative: 「、達成 11件、順調 18件…」. */
    public static String text(List<Part> parts) {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(Messages.get("site.glance.chartPart", p.label(), String.valueOf(p.count()))));
        return text.toString();
    }

    public static String svg(String id, String title, List<Part> parts) {
        long total = parts.stream().mapToLong(Part::count).sum();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"count-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" preserveAspectRatio=\"none\" aria-labelledby=\"")
                .append(id)
                .append("-title\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(HtmlUtils.htmlEscape(title))
                .append("</title>")
                .append("<defs><pattern id=\"")
                .append(id)
                .append(
                        "-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"8\" height=\"8\" fill=\"#ffffff\" fill-opacity=\"0\"/>")
                .append(
                        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern></defs>");
        if (total == 0) {
            return svg.append("</svg>").toString();
        }
        double x = 0;
        for (Part p : parts) {
            if (p.count() == 0) {
                continue;
            }
            double w = WIDTH * (double) p.count() / total;
            String rect = String.format(
                    Locale.ROOT,
                    "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"%d\" fill=\"%s\"",
                    x,
                    w,
                    HEIGHT,
                    p.fill());
            svg.append(rect).append(" stroke=\"#ffffff\" stroke-width=\"1\"/>");
            if (p.setApart()) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"%d\" fill=\"url(#%s-hatch)\"/>",
                        x,
                        w,
                        HEIGHT,
                        id));
            }
            x += w;
        }
        return svg.append("</svg>").toString();
    }
}
