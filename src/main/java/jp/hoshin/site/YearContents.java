package jp.hoshin.site;

import java.util.Optional;

import jp.hoshin.fiscalyear.FiscalYearView;
import org.jspecify.annotations.Nullable;

/**
 * What citizens can read of one fiscal year: how many departments, published plans, published results, published
 * mid-year checkpoints, main projects for the 市報 and published evaluation sheets, and the title of its white paper.
 * A page links only to what is there.
 */
public record YearContents(
        FiscalYearView fiscalYear,
        int departments,
        int plans,
        int results,
        int midYearCheckpoints,
        int newsletterProjects,
        int evaluations,
        int measureEvaluations,
        boolean committee,
        @Nullable String whitePaperTitle) {

    public int startYear() {
        return fiscalYear.year().startYear();
    }

    public boolean hasWhitePaper() {
        return whitePaperTitle != null;
    }

    /** Whether anything of the year is public at all. */
    public boolean anything() {
        return departments + plans + results + midYearCheckpoints + evaluations + measureEvaluations > 0
                || committee
                || hasWhitePaper();
    }

    public Optional<String> whitePaper() {
        return Optional.ofNullable(whitePaperTitle);
    }
}
