package jp.hoshin.site.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The results announcement and a plan's judgement page chart their counts with a text alternative, and set 未達成 and 悪化
 * apart with words and a marker, not by colour alone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsAndJudgementChartsTest {

    @Autowired
    MockMvc mvc;

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theResultsPageChartsItsCountsAndMarksNotAchievedInWords() throws Exception {
        String html = page("/m/990001/2024/results");
        assertThat(html)
                .contains("role=\"img\"", "aria-labelledby=\"results-chart-title\"")
                .containsPattern(Pattern.compile(
                        "<title id=\"results-chart-title\">令和6（2024）年度の目標\\d+件の結果、達成 \\d+件.*、未達成 \\d+件</title>"))
                .contains("fill=\"url(#results-chart-hatch)\"");
        // a goal that was not achieved: its row is set apart and says 要注意 next to the word
        assertThat(html)
                .containsPattern(Pattern.compile(
                        "<tr class=\"set-apart\">.*?<strong class=\"result result-not_achieved\">未達成</strong>\\s*<span class=\"attention\">要注意</span>",
                        Pattern.DOTALL));
    }

    @Test
    void theJudgementPageChartsItsCountsAndMarksWorseningInWords() throws Exception {
        String html = page("/m/132047/policy/kihon-keikaku-4");
        assertThat(html)
                .containsPattern(
                        Pattern.compile(
                                "<title id=\"judgement-chart-title\">第4次三鷹市基本計画（第2次改定）の目標指標\\d+件の判定、達成 \\d+件、順調 \\d+件、遅れ \\d+件、悪化 \\d+件、判定なし \\d+件</title>"))
                .containsPattern(Pattern.compile(
                        "<td class=\"num set-apart\">\\d+<span\\s+class=\"attention\">要注意</span></td>"));
    }
}
