package jp.hoshin.site.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import jp.hoshin.fiscalyear.FiscalYears;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The front page, rendered afresh (not from the public page cache), costs a bounded number of queries: the years' and
 * the latest results' plans are read once, not once per part of the page that shows them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrontPageQueriesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    FiscalYears fiscalYears;

    @Test
    void theFrontPageCostsAFewQueries() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            for (String code : List.of("132047", "990001")) {
                String path = "/m/" + code + "/?uncached=" + System.nanoTime();
                statistics.clear();
                String html = mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(html).contains("glance-card");
                int years = fiscalYears.list(code).size();
                // each year's department plans are read once (the years' counts and the latest results share it)
                long plansRead = java.util.Arrays.stream(statistics.getQueries())
                        .filter(q -> q.contains("FROM DepartmentPlan d WHERE d.fiscalYearId"))
                        .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount())
                        .sum();
                assertThat(plansRead)
                        .as("readings of a year's plans on " + code)
                        .isEqualTo(years);
                assertThat(statistics.getPrepareStatementCount())
                        .as("queries for the front page of " + code)
                        .isLessThanOrEqualTo(QUERY_LIMIT);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** Measured 75 (132047, four years) and 28 (990001) when written, down from 123 and 57. */
    private static final long QUERY_LIMIT = 80;
}
