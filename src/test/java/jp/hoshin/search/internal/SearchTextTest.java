package jp.hoshin.search.internal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Years in 和暦 and 西暦, however written, in queries and in documents. */
class SearchTextTest {

    @Test
    void aQuerysYearIsReadInEveryFormAndTakenOutOfItsWords() {
        assertThat(SearchText.parse("令和2年度").years()).containsExactly(2020);
        assertThat(SearchText.parse("R2").years()).containsExactly(2020);
        assertThat(SearchText.parse("r2年度").years()).containsExactly(2020);
        assertThat(SearchText.parse("2020年度").years()).containsExactly(2020);
        assertThat(SearchText.parse("２０２０年度").years()).containsExactly(2020);
        assertThat(SearchText.parse("令和元年度").years()).containsExactly(2019);
        assertThat(SearchText.parse("平成31年度").years()).containsExactly(2019);
        assertThat(SearchText.parse("H15").years()).containsExactly(2003);
        assertThat(SearchText.parse("令和2（2020）年度").years()).containsExactly(2020);

        SearchText.Query q = SearchText.parse("令和2年度自転車　駐輪場");
        assertThat(q.years()).containsExactly(2020);
        assertThat(q.words()).containsExactly("自転車", "駐輪場");
    }

    @Test
    void wordsThatOnlyLookLikeYearsStayWords() {
        assertThat(SearchText.parse("ICT推進").years()).isEmpty();
        assertThat(SearchText.parse("ICT推進").words()).containsExactly("ICT推進");
        assertThat(SearchText.parse("330000件").years()).isEmpty();
        assertThat(SearchText.parse("SDGs").words()).containsExactly("SDGs");
        // a mismatched pair is no year
        assertThat(SearchText.parse("令和2（2021）年度").years()).isEmpty();
    }

    @Test
    void fullWidthLettersAndDigitsAreFolded() {
        assertThat(SearchText.parse("ＩＣＴ　推進").words()).containsExactly("ICT", "推進");
        assertThat(SearchText.parse("  ").isEmpty()).isTrue();
    }

    @Test
    void aDocumentIsFoundByEveryYearItMentions() {
        Set<Integer> years = SearchText.yearsIn("平成28年の国勢調査、令和元年度から令和3（2021）年度まで、2022年度目標、R4");
        assertThat(years).containsExactly(2016, 2019, 2021, 2022);
        assertThat(SearchText.yearsIn("地域情報化プラン2022")).isEqualTo(Set.of(2022));
        assertThat(SearchText.yearsIn("目標値 330,000件")).isEmpty();
        assertThat(List.copyOf(SearchText.yearsIn("H15年度比20%のコスト減"))).containsExactly(2003);
    }
}
