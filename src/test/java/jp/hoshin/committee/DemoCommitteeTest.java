package jp.hoshin.committee;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's illustrative committee (loaded at start in the test database too): two published years, two meetings, 提言
 * in every follow-up state, marked 例示 on the public page, the unpublished member's name nowhere public.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoCommitteeTest {

    @Autowired
    Committees committees;

    @Autowired
    CommitteeReviews reviews;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoCityHasAnIllustrativePublishedCommitteeWithRecommendationsInEveryState() throws Exception {
        String code = committees.publishedYears("990001").size() >= 2 ? "990001" : "132047";
        List<Integer> years = committees.publishedYears(code);
        assertThat(years).hasSizeGreaterThanOrEqualTo(2);
        int later = years.getLast();
        int earlier = years.get(years.size() - 2);
        assertThat(committees.find(code, earlier).orElseThrow().illustrative()).isTrue();
        assertThat(committees.meetings(code, earlier)).hasSize(2).anyMatch(MeetingView::hasPdf);
        Set<FollowUpState> states = reviews.recommendations(code, later).stream()
                .filter(r -> r.fiscalYear() == earlier)
                .flatMap(r -> r.history().entries().stream())
                .map(FollowUpHistory.Entry::state)
                .collect(Collectors.toSet());
        assertThat(states).containsExactlyInAnyOrder(FollowUpState.values());
        assertThat(reviews.recommendations(code, later))
                .anyMatch(r -> r.fiscalYear() == later && r.history().entries().isEmpty());

        String page = mvc.perform(get("/m/" + code + "/" + later + "/measure-evaluations/committee"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("説明のための例示", "対応済", "対応中", "未対応", "対応しない", "例示 一郎")
                .doesNotContain("例示 三郎");
        long meeting = committees.meetings(code, earlier).stream()
                .filter(MeetingView::hasPdf)
                .findFirst()
                .orElseThrow()
                .id();
        byte[] pdf = mvc.perform(get("/m/" + code + "/" + earlier + "/measure-evaluations/committee/meetings/" + meeting
                        + "/minutes.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
