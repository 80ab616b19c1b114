package jp.hoshin.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountChartTest {

    @Test
    void theBarSaysItsCountsInTextAndHatchesWhatIsSetApart() {
        String svg = CountChart.svg(
                "c",
                "68件の判定、達成 11件、悪化 23件",
                List.of(
                        new CountChart.Part("達成", 11, "#0072b2", false),
                        new CountChart.Part("遅れ", 0, "#e69f00", false),
                        new CountChart.Part("悪化", 23, "#d55e00", true)));
        assertThat(svg)
                .startsWith("<svg class=\"count-chart\" role=\"img\"")
                .contains("aria-labelledby=\"c-title\"", "<title id=\"c-title\">68件の判定、達成 11件、悪化 23件</title>")
                .contains("fill=\"url(#c-hatch)\"")
                .doesNotContain("#e69f00");
        // 11 of 34 of 600 units wide
        assertThat(svg).contains("width=\"194.12\"");
    }

    @Test
    void nothingToCountIsAnEmptyBar() {
        assertThat(CountChart.svg("e", "0件", List.of(new CountChart.Part("達成", 0, "#0072b2", false))))
                .doesNotContain("<rect x=");
    }

    @Test
    void aChartIsDrawnOnceForTheSameInputsAndAgainForOthers() {
        java.util.concurrent.atomic.AtomicInteger draws = new java.util.concurrent.atomic.AtomicInteger();
        String key = "count-chart-test " + System.nanoTime(); // inputs no other test uses

        String first = CountChart.drawn(List.of(key, 11L, 23L), () -> "svg " + draws.incrementAndGet());
        String again = CountChart.drawn(List.of(key, 11L, 23L), () -> "svg " + draws.incrementAndGet());
        String changed = CountChart.drawn(List.of(key, 12L, 23L), () -> "svg " + draws.incrementAndGet());

        assertThat(first).isEqualTo(again).isEqualTo("svg 1");
        assertThat(changed).isEqualTo("svg 2"); // a changed count is drawn anew, never answered with the old bar
        assertThat(draws).hasValue(2);
    }
}
