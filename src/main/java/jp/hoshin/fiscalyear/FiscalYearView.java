package jp.hoshin.fiscalyear;

import java.time.Instant;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/** A municipality's fiscal year as other modules and pages read it. */
public record FiscalYearView(
        long id,
        String municipalityCode,
        FiscalYear year,
        FiscalYearStatus status,
        Instant openedAt,
        String openedBy,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        long version) {

    public boolean open() {
        return status == FiscalYearStatus.OPEN;
    }

    /** Refuses a change to a closed year with a clear message. */
    public void requireOpen() {
        if (!open()) {
            throw new BusinessRuleException(Messages.get("fiscalYear.closedNoChange", year.label()));
        }
    }
}
