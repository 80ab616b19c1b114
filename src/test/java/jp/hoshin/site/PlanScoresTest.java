package jp.hoshin.site;

import java.util.List;

import jp.hoshin.site.Glance.PlanScore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The front page's judgement counts are kept while the municipality's data is unchanged, and read again after a change. */
@SpringBootTest
@Transactional
class PlanScoresTest {

    @Autowired
    PlanScores planScores;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCountsAreKeptUntilTheDataChanges() {
        List<PlanScore> first = planScores.of("132047");
        assertThat(first).extracting(PlanScore::total).contains(68);
        assertThat(planScores.of("132047")).isSameAs(first);
        // any audited change of the city's data raises its counter (as the triggers do)
        jdbc.sql("select bump_content_version('132047')").query().singleRow();
        List<PlanScore> after = planScores.of("132047");
        assertThat(after).isNotSameAs(first).isEqualTo(first);
        // another city's change leaves the counts kept
        jdbc.sql("select bump_content_version('990001')").query().singleRow();
        assertThat(planScores.of("132047")).isSameAs(after);
    }
}
