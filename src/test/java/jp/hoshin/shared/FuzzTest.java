package jp.hoshin.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fuzz tests' generator: every case runs, the same seed gives the same input, a failure names its seed and case. */
class FuzzTest {

    @Test
    void everyCaseRunsWithItsOwnRepeatableInput() {
        List<String> first = new ArrayList<>();
        int cases = Fuzz.run("FuzzTest.repeatable", 50, (fuzz, i) -> first.add(fuzz.text()));
        assertThat(cases).isEqualTo(Fuzz.allCases() ? 50 : 1);
        List<String> again = new ArrayList<>();
        Fuzz.run("FuzzTest.repeatable", 50, (fuzz, i) -> again.add(fuzz.text()));
        assertThat(again).isEqualTo(first);
        assertThat(Fuzz.forCase("FuzzTest.repeatable", 3).text())
                .isEqualTo(Fuzz.forCase("FuzzTest.repeatable", 3).text());
    }

    @Test
    void aFailureNamesTheSeedAndTheCase() {
        int failing = Fuzz.allCases() ? 7 : Integer.parseInt(System.getProperty("fuzz.case"));
        assertThatThrownBy(() -> Fuzz.run(
                        "FuzzTest.failing", 10, (fuzz, i) -> assertThat(i).isNotEqualTo(failing)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FuzzTest.failing: case " + failing + " of 10")
                .hasMessageContaining("seed " + Fuzz.seed())
                .hasMessageContaining("-Dfuzz.seed=" + Fuzz.seed() + " -Dfuzz.case=" + failing);
    }

    @Test
    void generatedValuesStayInTheirRanges() {
        Fuzz.run("FuzzTest.ranges", 1_000, (fuzz, i) -> {
            assertThat(fuzz.between(-3, 5)).isBetween(-3, 5);
            assertThat(fuzz.string("ab", 12)).hasSizeLessThanOrEqualTo(12).matches("[ab]*");
            assertThat(fuzz.stringInRanges(20, '\u0000', '\uD7FF', '\uE000', '\uFFFF')
                            .chars()
                            .noneMatch(c -> Character.isSurrogate((char) c)))
                    .isTrue();
            assertThat(new java.math.BigDecimal(fuzz.decimalText()).abs())
                    .isLessThanOrEqualTo(new java.math.BigDecimal("1000000000.00"));
            assertThat(fuzz.list(2, 5, fuzz::nextBoolean)).hasSizeBetween(2, 5);
        });
    }
}
