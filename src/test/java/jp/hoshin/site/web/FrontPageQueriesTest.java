package jp.hoshin.site.web;

import java.util.List;
import java.util.regex.Pattern;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.web.PageStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

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
    FiscalYears fiscalYears;

    @Test
    void theFrontPageCostsAFewQueries() throws Exception {
        for (Measured measured : List.of(new Measured("132047", 4, 47), new Measured("990001", 1, 24))) {
            String code = measured.code();
            // the plans' indicator scores are kept while the municipality's data is unchanged (PlanScores): the first
            // request after a change reads the policy plans and indicators too (5 statements more for 132047), which
            // would make the count depend on which test ran before
            PageStatements.of(mvc, "/m/" + code + "/");
            PageStatements page = PageStatements.of(mvc, "/m/" + code + "/");
            assertThat(page.html()).contains("glance-card");
            int years = fiscalYears.list(code).size();
            // each year's department plans are read once (the years' counts and the latest results share it)
            long plansRead = page.executed().stream()
                    .filter(sql -> YEARS_PLANS.matcher(sql).find())
                    .count();
            assertThat(plansRead).as("readings of a year's plans on " + code).isEqualTo(years);
            assertThat(page.statements())
                    .as("statements for the front page of %s: %s", code, page.executed())
                    .isLessThanOrEqualTo(measured.statements() + PER_YEAR * (years - measured.years()));
        }
    }

    /** A year's department plans as {@code DepartmentPlanRepository.findByFiscalYearId} reads them. */
    private static final Pattern YEARS_PLANS =
            Pattern.compile("from department_plan (\\w+) where \\1\\.fiscal_year_id=\\?$");

    /**
     * The statements measured for a municipality's front page with its years of the demo data. Those were 75 (132047,
     * four years) and 28 (990001) of Hibernate's statements when written, down from 123 and 57, under a cap of 80;
     * since the lookups run through JdbcClient every statement of the request is counted ({@code PageStatements}):
     * 47 and 24. The page reads the public cache's versions, the municipality, the white paper and its editions, the
     * published evaluations per year, the comparisons, the fiscal years; per year its department plans, departments,
     * projects (when it has plans), the year, the labour cost, the evaluation settings and sheets and the mid-year
     * checks; for the latest results the result scale and the checkpoints; then the public comments, the content
     * version, when each year's plans and sheets were last published, the branding and the publication names.
     */
    private record Measured(String code, int years, long statements) {}

    /**
     * What a year more costs at most, should another test of the same database open one for these municipalities
     * (AccessMatrixTest opens 132047's 2004): the eight reads of a year and when its plans were last published.
     */
    private static final long PER_YEAR = 9;
}
