package jp.hoshin.schedule;

import jp.hoshin.fiscalyear.FiscalYearOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A newly opened year starts with last year's schedule moved one year. A plain (synchronous) listener on purpose, like
 * the organisation's carry-over: the copy belongs to the opening transaction.
 */
@Component
class ScheduleCarryOver {

    private final Schedules schedules;

    ScheduleCarryOver(Schedules schedules) {
        this.schedules = schedules;
    }

    @EventListener
    void on(FiscalYearOpened event) {
        schedules.carryOver(event.municipalityCode(), event.year());
    }
}
