package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jp.hoshin.shared.ThreadStatements;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SQL statements a page executes when it is rendered afresh (a parameter the page does not read keeps a public page
 * out of the public page cache): every statement of the request at the JDBC level, whoever issues it (Hibernate,
 * JdbcClient, JdbcTemplate), counted on the request's thread only (MockMvc renders it on the test's thread), so a
 * scheduler never disturbs the count. See {@link ThreadStatements} for what counts. The session store's statements
 * (Spring Session's tables, written at the end of a signed-in request) are left out: whether a MockMvc request starts a
 * session to store depends on what earlier tests of the same application context did (measured: the budget list 7
 * statements, or 9 after another test's sign-in in that context), not on what the page reads.
 */
public record PageStatements(String html, List<String> executed) {

    private static final Pattern SESSION_STORE = Pattern.compile("(?i)\\bspring_session");

    public static PageStatements of(MockMvc mvc, String path) throws Exception {
        return of(mvc, path, request -> request);
    }

    /** The same for a signed-in page: {@code as} signs the request in (StaffUsers.as). */
    public static PageStatements of(MockMvc mvc, String path, RequestPostProcessor as) throws Exception {
        ThreadStatements.Counted<String> page = ThreadStatements.during(
                () -> mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "uncached=" + System.nanoTime())
                                .with(as))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        if (page.statements().isEmpty()) {
            throw new AssertionError("no statement counted for " + path + ": is the data source wrapped?");
        }
        return new PageStatements(
                page.result(),
                page.statements().stream()
                        .filter(sql -> !SESSION_STORE.matcher(sql).find())
                        .toList());
    }

    /** How many statements the page executed. */
    public long statements() {
        return executed.size();
    }
}
