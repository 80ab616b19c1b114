package jp.hoshin.evaluation.web;

import jp.hoshin.StaffUsers;
import jp.hoshin.identity.SignIns;
import jp.hoshin.shared.web.PageStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff budget list (issue 19: a signed-in page read under load by the budget section) reads only what it shows:
 * the departments as codes and names, and the directions and 人件費単価 with the lines in their one JDBC query, not
 * the sheet settings and every year's labour cost as entities.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BudgetListQueriesTest {

    /**
     * Hibernate statements, measured 8 before issue 19's cut (the municipality, the signed-in account and its
     * departments, the year, the departments with their sections and profiles, the plans for the measure filter, the
     * sheet settings, every labour cost of the municipality) and 5 after. Since the lookups run through JdbcClient every
     * statement of the request is counted ({@link PageStatements}), measured 7: the signed-in account's unread
     * notifications, the municipality, the account with its departments (one statement: {@code SignIns.principal}), the
     * year, the directions and 人件費単価 with the lines (one JDBC query), the departments' codes and names, and the
     * plans.
     */
    private static final long STATEMENTS = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignIns signIns;

    @Test
    void theBudgetListReadsOnlyWhatItShows() throws Exception {
        PageStatements page = PageStatements.of(
                mvc, "/staff/m/990001/2024/evaluations/budget", StaffUsers.as(signIns, "sample-admin"));
        assertThat(page.html()).contains("id=\"budget-list\"", "<option value=\"継続\">継続</option>");
        assertThat(page.statements())
                .as("statements for the budget list: %s", page.executed())
                .isLessThanOrEqualTo(STATEMENTS);
    }
}
