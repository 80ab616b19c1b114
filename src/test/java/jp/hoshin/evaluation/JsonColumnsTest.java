package jp.hoshin.evaluation;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The costs column is read by hand with the streaming parser; it must give back exactly what was written. */
class JsonColumnsTest {

    private final JsonColumns.Costs costs = new JsonColumns.Costs();

    @Test
    void yearlyCostsRoundTripExactly() {
        List<YearCost> written = List.of(
                new YearCost(2022, 12_345_678_901L, null, 0L, 5L, 3_200_000L, new BigDecimal("0.3")),
                new YearCost(2023, null, null, null, null, null, null),
                new YearCost(2024, 1L, 2L, 3L, 4L, 5L, new BigDecimal("10.00")),
                new YearCost(2025, null, 7_000L, null, null, 9_223_372_036_854_775_807L, new BigDecimal("1.125")));

        List<YearCost> read = costs.convertToEntityAttribute(costs.convertToDatabaseColumn(written));

        assertThat(read).containsExactlyElementsOf(written);
        assertThat(read.get(2).personYears()).isEqualByComparingTo("10").hasToString("10");
        assertThat(read.get(3).personYears()).hasToString("1.125");
    }

    @Test
    void emptyColumnsAndUnknownFieldsAreRead() {
        assertThat(costs.convertToEntityAttribute(null)).isEmpty();
        assertThat(costs.convertToEntityAttribute(" ")).isEmpty();
        assertThat(costs.convertToEntityAttribute("[]")).isEmpty();
        assertThat(costs.convertToEntityAttribute("""
                [{"year":2024,"note":{"a":[1,2]},"general":100,"personYears":0.5,"national":null}]"""))
                .containsExactly(new YearCost(2024, null, null, null, null, 100L, new BigDecimal("0.5")));
    }

    @Test
    void aColumnThatIsNotAnArrayIsRefused() {
        assertThatThrownBy(() -> costs.convertToEntityAttribute("{\"year\":2024}"))
                .isInstanceOf(IllegalStateException.class);
    }
}
