package jp.hoshin.site.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

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
                System.out.println("FRONT-PAGE-QUERIES " + code + " " + statistics.getPrepareStatementCount());
                assertThat(statistics.getPrepareStatementCount())
                        .as("queries for the front page of " + code)
                        .isLessThanOrEqualTo(QUERY_LIMIT);
            }
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static final long QUERY_LIMIT = 1000;
}
