package jp.hoshin.organization;

import jp.hoshin.fiscalyear.FiscalYearOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies last year's organisation into a newly opened year. A plain (synchronous) listener on
 * purpose: the copy belongs to the opening transaction, so a failed copy leaves no half-opened year.
 */
@Component
class OrganizationCarryOver {

    private final Organization organization;

    OrganizationCarryOver(Organization organization) {
        this.organization = organization;
    }

    @EventListener
    void on(FiscalYearOpened event) {
        if (event.previousFiscalYearId() != null) {
            organization.carryOver(event.previousFiscalYearId(), event.fiscalYearId());
        }
    }
}
