package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements (Hibernate's prepared statements; a JdbcClient query is not counted) a page costs when it is
 * rendered afresh: a parameter the page does not read keeps a public page out of the public page cache.
 */
public record PageStatements(String html, long statements) {

    public static PageStatements of(MockMvc mvc, EntityManagerFactory entityManagerFactory, String path)
            throws Exception {
        return of(mvc, entityManagerFactory, path, request -> request);
    }

    /** The same for a signed-in page: {@code as} signs the request in (StaffUsers.as). */
    public static PageStatements of(
            MockMvc mvc, EntityManagerFactory entityManagerFactory, String path, RequestPostProcessor as)
            throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            String html = mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "uncached=" + System.nanoTime())
                            .with(as))
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
