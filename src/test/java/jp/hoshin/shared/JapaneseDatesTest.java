package jp.hoshin.shared;

import java.time.LocalDate;

import jp.hoshin.shared.JapaneseDates.Precision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JapaneseDatesTest {

    @Test
    void formatsWarekiWithSeireki() {
        assertThat(JapaneseDates.format(LocalDate.of(2026, 11, 22))).isEqualTo("令和8（2026）年11月22日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元（2019）年5月1日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31（2019）年4月30日");
    }

    @Test
    void readsWarekiInItsCommonForms() {
        assertThat(JapaneseDates.parse("令和2年3月31日").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(JapaneseDates.parse("Ｒ２．３．３１").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(JapaneseDates.parse("令和元年5月1日").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseDates.parse("平成27年4月1日").orElseThrow())
                .isEqualTo(new JapaneseDates.Parsed(LocalDate.of(2015, 4, 1), Precision.DAY));
        assertThat(JapaneseDates.parse("平成28年").orElseThrow())
                .isEqualTo(new JapaneseDates.Parsed(LocalDate.of(2016, 1, 1), Precision.YEAR));
        assertThat(JapaneseDates.parse("令和2年3月").orElseThrow().precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void readsSeireki() {
        assertThat(JapaneseDates.parse("2020-03-31").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(JapaneseDates.parse("２０２０/３/３１").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(JapaneseDates.parse("2020年3月").orElseThrow().precision()).isEqualTo(Precision.MONTH);
        assertThat(JapaneseDates.parse(" ")).isEmpty();
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThatThrownBy(() -> JapaneseDates.parse("来年度")).hasMessageContaining("読み取れません");
        assertThatThrownBy(() -> JapaneseDates.parse("令和2年2月30日")).hasMessageContaining("存在しない");
    }

    @org.junit.jupiter.api.Test
    void readsBackTheDatesItWrites() {
        java.time.LocalDate day = java.time.LocalDate.of(2021, 7, 1);
        org.assertj.core.api.Assertions.assertThat(JapaneseDates.parse(JapaneseDates.format(day))
                        .orElseThrow()
                        .date())
                .isEqualTo(day);
        org.assertj.core.api.Assertions.assertThat(
                        JapaneseDates.parse("令和元（２０１９）年５月１日").orElseThrow().date())
                .isEqualTo(java.time.LocalDate.of(2019, 5, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JapaneseDates.parse("令和3（2020）年7月1日"))
                .hasMessageContaining("和暦と西暦の年が合いません");
    }
}
