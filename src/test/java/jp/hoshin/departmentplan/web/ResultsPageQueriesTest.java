package jp.hoshin.departmentplan.web;

import jp.hoshin.shared.web.PageStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results announcement, rendered afresh (not from the public page cache), reads the fiscal year and the year's
 * departments once, however many parts of the page and the services behind it ask for them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsPageQueriesTest {

    /**
     * Measured 12 before issue 19's consolidation (the fiscal year read four times, the departments twice, every plan
     * of the year and then their projects), 7 after: the municipality, the year, the plans with published results
     * together with their projects, the departments, the result scale, the publication names and the branding. Those
     * were Hibernate's statements; since the lookups run through JdbcClient every statement of the request is counted
     * ({@link PageStatements}), measured 8: the public cache's versions and the seven above. 9 since the plans and
     * their projects are read with plain SQL in two statements instead of Hibernate's one join (PublishedResultRows:
     * less CPU, one more round trip). 10 since the departments and their sections are two statements (Organization:
     * joined, each section's row carried its department's texts again). 9 again since the branding is read with the
     * municipality (BrandingRows). 7 since the plans come with their goals in one statement (the 総括 only on a plan's first
     * row) and the departments without their sections, which the page does not show (Organization.described). 6 since the result scale and the
     * publication names are read in one statement (PlanSettingRows). 5 since the page asks for its year before its
     * municipality, and both are read in one statement (FiscalYears.find, Municipalities.findWith). 4 since the plan
     * settings are sent with the results' statement, in one round trip (PublishedResultRows.results): what is counted is
     * what the driver is given to send at once. 3 since the year's departments go in that round trip too
     * (Organization.describedCarried).
     */
    private static final long STATEMENTS = 3;

    @Autowired
    MockMvc mvc;

    @Test
    void theResultsPageReadsTheYearAndItsDepartmentsOnce() throws Exception {
        PageStatements page = PageStatements.of(mvc, "/m/990001/2024/results");
        assertThat(page.html()).contains("results-chart");
        assertThat(page.statements())
                .as("statements for the results page: %s", page.executed())
                .isLessThanOrEqualTo(STATEMENTS);
    }
}
