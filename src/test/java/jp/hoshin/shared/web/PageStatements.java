package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements (Hibernate's prepared statements) a public page costs when it is rendered afresh: a parameter
 * the page does not read keeps it out of the public page cache.
 */
public record PageStatements(String html, long statements) {

    public static PageStatements of(MockMvc mvc, EntityManagerFactory entityManagerFactory, String path)
            throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            String html = mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "uncached=" + System.nanoTime()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            return new PageStatements(html, statistics.getPrepareStatementCount());
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
