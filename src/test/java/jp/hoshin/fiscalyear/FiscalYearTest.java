package jp.hoshin.fiscalyear;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearTest {

    @Test
    void showsWarekiWithWestern() {
        assertThat(FiscalYear.of(2020).label()).isEqualTo("令和2（2020）年度");
        assertThat(FiscalYear.of(2003).label()).isEqualTo("平成15（2003）年度");
        assertThat(FiscalYear.of(2024).warekiLabel()).isEqualTo("令和6年度");
    }

    @Test
    void theEraChangeYearIsReiwaGannenAlsoCalledHeisei31() {
        FiscalYear fy2019 = FiscalYear.of(2019);
        assertThat(fy2019.label()).isEqualTo("令和元（2019）年度");
        assertThat(fy2019.alternativeLabel()).contains("平成31年度");
        assertThat(FiscalYear.of(2018).label()).isEqualTo("平成30（2018）年度");
        assertThat(FiscalYear.of(2018).alternativeLabel()).isEmpty();
        assertThat(FiscalYear.of(1989).label()).isEqualTo("平成元（1989）年度");
    }

    @Test
    void runsFromAprilToMarch() {
        FiscalYear fy = FiscalYear.of(2020);
        assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(FiscalYear.containing(LocalDate.of(2021, 3, 31))).isEqualTo(fy);
        assertThat(FiscalYear.containing(LocalDate.of(2021, 4, 1))).isEqualTo(FiscalYear.of(2021));
        assertThat(FiscalYear.containing(LocalDate.of(2020, 4, 1))).isEqualTo(fy);
    }

    @Test
    void eraDatesUseGannen() {
        assertThat(FiscalYear.warekiDate(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(FiscalYear.warekiDate(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(FiscalYear.warekiDate(LocalDate.of(2021, 7, 1))).isEqualTo("令和3年7月1日");
    }

    @Test
    void refusesYearsOutsideTheRange() {
        assertThatThrownBy(() -> FiscalYear.of(1988))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1989");
    }
}
