package jp.hoshin.site.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        for (String code : List.of("132047", "990001")) {
            // the plans' indicator scores are kept while the municipality's data is unchanged (PlanScores): the first
            // request after a change reads the policy plans and indicators too, which would make the count depend on
            // which test ran before
            PageStatements.of(mvc, "/m/" + code + "/");
            PageStatements page = PageStatements.of(mvc, "/m/" + code + "/");
            assertThat(page.html()).contains("glance-card");
            int years = fiscalYears.list(code).size();
            String all = code + ": " + page.executed();
            // each year's department plans are read once (the years' counts and the latest results share it)
            long plansRead = page.executed().stream()
                    .filter(sql -> YEARS_PLANS.matcher(sql).find())
                    .count();
            assertThat(plansRead).as("readings of a year's plans on " + all).isEqualTo(years);
            // nothing is read once per part of the page that shows it: no statement more often than once a year, and
            // what belongs to the municipality rather than to a year once
            Map<String, Long> times =
                    page.executed().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            times.forEach((sql, n) -> assertThat(n).as("%s, on %s", sql, all).isLessThanOrEqualTo(years));
            for (String table : ONCE) {
                Pattern from = Pattern.compile("\\bfrom " + table + "\\b");
                assertThat(page.executed().stream()
                                .filter(sql -> from.matcher(sql).find()))
                        .as("readings of %s on %s", table, all)
                        .hasSizeLessThanOrEqualTo(1);
            }
            assertThat(page.statements())
                    .as("statements for the front page of %s", all)
                    .isLessThanOrEqualTo(FIXED + PER_YEAR * years);
        }
    }

    /** A year's department plans as {@code DepartmentPlanRepository.findByFiscalYearId} reads them. */
    private static final Pattern YEARS_PLANS =
            Pattern.compile("from department_plan (\\w+) where \\1\\.fiscal_year_id=\\?$");

    /** What the page reads of the municipality, whatever its years: once each. */
    private static final List<String> ONCE = List.of(
            "municipality",
            "white_paper",
            "committee",
            "consultation",
            "evaluation_labor_cost",
            "evaluation_setting",
            "municipality_branding");

    /**
     * The statements of the front page: those of the municipality (the public cache's versions, the municipality, the
     * white paper and its editions, the published evaluations per year, the comparisons, the fiscal years, the public
     * comments, the labour costs, the evaluation sheets' form, the branding, the publication names, the result scale
     * and the checkpoints of the latest results), then per year its department plans, departments, projects (when it
     * has plans), the year, the evaluation sheets, the mid-year checks and when its plans and sheets were last
     * published. Measured on the demo data: 132047 (four years) 41, 990001 (one year) 22; they were 75 and 28 of
     * Hibernate's statements alone when first written (down from 123 and 57), 47 and 24 before the labour costs and
     * the sheets' form were read once a page instead of once a year, and the publication names once instead of twice.
     * The caps leave room for a year that other tests of the same database open (AccessMatrixTest opens 132047's
     * 2004), whose contents other tests vary.
     */
    private static final long FIXED = 16;

    private static final long PER_YEAR = 8;
}
