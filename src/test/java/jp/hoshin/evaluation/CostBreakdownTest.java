package jp.hoshin.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cost arithmetic of a sheet in exact yen, and the achievement rate of indicators. */
class CostBreakdownTest {

    private static final long UNIT = 8_123_457L;

    @Test
    void laborCostIsPersonYearsTimesUnitCostWithFractionsOfAYenCutOff() {
        // 1.25 × 8,123,457 = 10,154,321.25 → 10,154,321 (円未満切り捨て)
        CostBreakdown b = CostBreakdown.of(
                new YearCost(2024, 1_000_000L, null, null, 250_000L, 3_750_000L, new BigDecimal("1.25")), UNIT, null);
        assertThat(b.projectCost()).isEqualTo(5_000_000L);
        assertThat(b.laborCost()).isEqualTo(10_154_321L);
        assertThat(b.totalCost()).isEqualTo(15_154_321L);
        assertThat(b.generalFund()).isEqualTo(3_750_000L);
        // .75 of a yen is cut off too, not rounded up
        assertThat(CostBreakdown.of(
                                new YearCost(2024, null, null, null, null, null, new BigDecimal("0.75")),
                                8_000_001L,
                                null)
                        .laborCost())
                .isEqualTo(6_000_000L);
    }

    @Test
    void unitCostDividesTheTotalByTheChosenActualRoundedHalfUpToTheYen() {
        YearCost cost = new YearCost(2024, null, null, null, null, 1_000_000L, new BigDecimal("0.5"));
        // total = 1,000,000 + 4,061,728 = 5,061,728 ; / 3 = 1,687,242.67 → 1,687,243
        CostBreakdown b = CostBreakdown.of(cost, UNIT, new BigDecimal("3"));
        assertThat(b.laborCost()).isEqualTo(4_061_728L);
        assertThat(b.totalCost()).isEqualTo(5_061_728L);
        assertThat(b.unitCost()).isEqualTo(1_687_243L);
        // .5 rounds up: 5 / 2 = 2.5 → 3
        assertThat(CostBreakdown.of(new YearCost(2024, 5L, null, null, null, null, null), null, new BigDecimal("2"))
                        .unitCost())
                .isEqualTo(3L);
    }

    @Test
    void noUnitCostWithoutAPositiveActual() {
        YearCost cost = new YearCost(2024, 100L, null, null, null, 900L, null);
        assertThat(CostBreakdown.of(cost, UNIT, null).unitCost()).isNull();
        assertThat(CostBreakdown.of(cost, UNIT, BigDecimal.ZERO).unitCost()).isNull();
        assertThat(CostBreakdown.of(cost, UNIT, new BigDecimal("4")).unitCost()).isEqualTo(250L);
    }

    @Test
    void missingPartsStayMissingInsteadOfBecomingZero() {
        CostBreakdown nothing = CostBreakdown.of(YearCost.empty(2024), UNIT, new BigDecimal("10"));
        assertThat(nothing.projectCost()).isNull();
        assertThat(nothing.laborCost()).isNull();
        assertThat(nothing.totalCost()).isNull();
        assertThat(nothing.unitCost()).isNull();
        assertThat(nothing.shares()).containsOnlyNulls();
        // person-years without a unit cost: no 人件費, the total is the project cost alone
        CostBreakdown noUnit =
                CostBreakdown.of(new YearCost(2024, null, null, null, null, 700L, BigDecimal.ONE), null, null);
        assertThat(noUnit.laborCost()).isNull();
        assertThat(noUnit.totalCost()).isEqualTo(700L);
        // only staff time: the total is the labour cost
        assertThat(CostBreakdown.of(
                                new YearCost(2024, null, null, null, null, null, new BigDecimal("2")), 5_000_000L, null)
                        .totalCost())
                .isEqualTo(10_000_000L);
    }

    @Test
    void sharesHaveOneDecimalAndAddUpToExactlyOneHundred() {
        // thirds: 33.3 + 33.3 + 33.3 = 99.9 without adjustment; the largest remainder gets the missing tenth
        CostBreakdown thirds = CostBreakdown.of(new YearCost(2024, 1L, 1L, null, null, 1L, null), null, null);
        assertThat(thirds.shares())
                .containsExactly(new BigDecimal("33.4"), new BigDecimal("33.3"), null, null, new BigDecimal("33.3"));
        assertThat(sum(thirds.shares())).isEqualByComparingTo("100.0");

        CostBreakdown b = CostBreakdown.of(
                new YearCost(2024, 2_500_000L, 1_250_000L, 0L, 123_456L, 6_126_544L, null), null, null);
        assertThat(b.projectCost()).isEqualTo(10_000_000L);
        assertThat(b.shares())
                .containsExactly(
                        new BigDecimal("25.0"),
                        new BigDecimal("12.5"),
                        new BigDecimal("0.0"),
                        new BigDecimal("1.2"),
                        new BigDecimal("61.3"));
        assertThat(sum(b.shares())).isEqualByComparingTo("100.0");

        assertThat(CostBreakdown.of(new YearCost(2024, 0L, null, null, null, 0L, null), null, null)
                        .shares())
                .containsOnlyNulls();
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> new YearCost(2024, -1L, null, null, null, null, null))
                .hasMessageContaining("0以上");
        assertThatThrownBy(() -> new YearCost(2024, null, null, null, null, null, new BigDecimal("-0.5")))
                .hasMessageContaining("人工数");
    }

    @Test
    void achievementRateIsActualOverTargetAndTargetOverActualForADecreasingIndicator() {
        assertThat(PerformanceIndicator.achievementRate(new BigDecimal("140"), new BigDecimal("120"), false))
                .isEqualByComparingTo("85.7");
        assertThat(PerformanceIndicator.achievementRate(new BigDecimal("200"), new BigDecimal("250"), false))
                .isEqualByComparingTo("125.0");
        // 減少: target 50, actual 40 → better than the target → 125.0 %; actual 80 → 62.5 %
        assertThat(PerformanceIndicator.achievementRate(new BigDecimal("50"), new BigDecimal("40"), true))
                .isEqualByComparingTo("125.0");
        assertThat(PerformanceIndicator.achievementRate(new BigDecimal("50"), new BigDecimal("80"), true))
                .isEqualByComparingTo("62.5");
        assertThat(PerformanceIndicator.achievementRate(null, new BigDecimal("80"), false))
                .isNull();
        assertThat(PerformanceIndicator.achievementRate(new BigDecimal("80"), null, false))
                .isNull();
        assertThat(PerformanceIndicator.achievementRate(BigDecimal.ZERO, new BigDecimal("3"), false))
                .isNull();
        assertThat(PerformanceIndicator.achievementRate(new BigDecimal("3"), BigDecimal.ZERO, true))
                .isNull();

        PerformanceIndicator waiting = new PerformanceIndicator(
                IndicatorKind.OUTCOME,
                "待機児童数",
                "人",
                true,
                List.of(
                        new IndicatorFigure(2023, new BigDecimal("30"), new BigDecimal("24")),
                        new IndicatorFigure(2024, new BigDecimal("20"), null)));
        assertThat(waiting.achievementRate(2023)).isEqualByComparingTo("125.0");
        assertThat(waiting.achievementRate(2024)).isNull();
        assertThat(waiting.achievementRate(2022)).isNull();
    }

    @Test
    void theSameNumberWrittenDifferentlyIsTheSameValue() {
        assertThat(new YearCost(2024, null, null, null, null, null, new BigDecimal("1.50")))
                .isEqualTo(new YearCost(2024, null, null, null, null, null, new BigDecimal("1.5")));
        assertThat(new IndicatorFigure(2024, new BigDecimal("100.0"), null))
                .isEqualTo(new IndicatorFigure(2024, new BigDecimal("1E+2"), null));
    }

    private static BigDecimal sum(List<BigDecimal> shares) {
        return shares.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
