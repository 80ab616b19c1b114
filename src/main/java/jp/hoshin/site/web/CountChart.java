package jp.hoshin.site.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal bar of counts as inline SVG (one segment per category, widths by share), with its text alternative as
 * the SVG's title. Segments the reader must notice (悪化, 未達成) are hatched as well as coloured: not by colour alone.
 */
final class CountChart {

    /** One category: its label, count, fill colour and whether it is set apart (hatched). */
    record Part(String label, long count, String fill, boolean setApart) {}

    private static final int WIDTH = 600;
    private static final int HEIGHT = 28;

    private CountChart() {}

    static String svg(String id, String title, List<Part> parts) {
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
