package jp.hoshin.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.ConcurrentEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's schedule as the planning section sets it: read (last year's moved one year until it is saved) and saved
 * whole, refusing a stale edit. Rows are checked (dates in the step's window, known departments and accounts) by the form before they reach this service.
 */
@Service
public class Schedules {

    private final ScheduleRepository schedules;
    private final FiscalYears fiscalYears;

    Schedules(ScheduleRepository schedules, FiscalYears fiscalYears) {
        this.schedules = schedules;
        this.fiscalYears = fiscalYears;
    }

    /** The year's schedule: as saved, or else the latest earlier one moved to this year, or else the defaults. */
    @Transactional(readOnly = true)
    public ScheduleView schedule(String municipalityCode, int year) {
        return schedule(fiscalYears.get(municipalityCode, year));
    }

    /** The same for a fiscal year the caller has already looked up. */
    @Transactional(readOnly = true)
    public ScheduleView schedule(FiscalYearView fy) {
        int year = fy.year().startYear();
        return schedules
                .findByMunicipalityCodeAndFiscalYear(fy.municipalityCode(), year)
                .map(s -> view(s, fy.year()))
                .orElseGet(() -> new ScheduleView(
                        fy.municipalityCode(),
                        fy.year(),
                        ScheduleView.NEW,
                        false,
                        derived(fy.municipalityCode(), fy.year())));
    }

    /** A year whose schedule the planning section has saved. */
    public record SavedYear(String municipalityCode, int year) {}

    /** Every saved schedule of a fiscal year still open, in every municipality (what reminders are sent for). */
    @Transactional(readOnly = true)
    public List<SavedYear> savedOpenYears() {
        Set<SavedYear> open = fiscalYears.openYears().stream()
                .map(fy -> new SavedYear(fy.municipalityCode(), fy.year().startYear()))
                .collect(Collectors.toSet());
        return schedules.findAll().stream()
                .map(s -> new SavedYear(s.municipalityCode(), s.fiscalYear()))
                .filter(open::contains)
                .toList();
    }

    /** Whether the planning section has saved a schedule for the year (only then does the year produce to-dos). */
    @Transactional(readOnly = true)
    public boolean isSet(String municipalityCode, int year) {
        return schedules.existsByMunicipalityCodeAndFiscalYear(municipalityCode, year);
    }

    /**
     * Saves the year's deadlines whole. {@code editedVersion} is the version the form was filled from ({@link
     * ScheduleView#NEW} for a schedule not saved yet); a schedule changed meanwhile is refused.
     */
    @Transactional
    public ScheduleView save(String municipalityCode, int year, long editedVersion, List<DeadlineView> rows) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        var existing = schedules.findByMunicipalityCodeAndFiscalYear(fy.municipalityCode(), year);
        Schedule schedule;
        if (existing.isPresent()) {
            schedule = existing.get();
            if (schedule.version() != editedVersion) {
                throw new ConcurrentEditException();
            }
            schedule.replace(rows);
        } else {
            if (editedVersion != ScheduleView.NEW) {
                throw new ConcurrentEditException();
            }
            schedule = new Schedule(fy.municipalityCode(), year, rows);
        }
        try {
            return view(schedules.saveAndFlush(schedule), fy.year());
        } catch (DataIntegrityViolationException e) {
            // two first saves of the same year at once: the second one is a stale edit
            throw new ConcurrentEditException();
        }
    }

    /** Copies the latest earlier schedule into a newly opened year (within the opening transaction), if there is one. */
    @Transactional
    void carryOver(String municipalityCode, FiscalYear year) {
        if (schedules
                .findByMunicipalityCodeAndFiscalYear(municipalityCode, year.startYear())
                .isPresent()) {
            return;
        }
        latestBefore(municipalityCode, year)
                .ifPresent(earlier ->
                        schedules.save(new Schedule(municipalityCode, year.startYear(), moved(earlier, year))));
    }

    private List<DeadlineView> derived(String municipalityCode, FiscalYear year) {
        return latestBefore(municipalityCode, year)
                .map(earlier -> moved(earlier, year))
                .orElseGet(() -> defaults(year));
    }

    private java.util.Optional<Schedule> latestBefore(String municipalityCode, FiscalYear year) {
        return fiscalYears.list(municipalityCode).stream()
                .filter(y -> y.year().startYear() < year.startYear())
                .sorted(Comparator.comparing(FiscalYearView::year).reversed())
                .map(y -> schedules.findByMunicipalityCodeAndFiscalYear(
                        municipalityCode, y.year().startYear()))
                .flatMap(java.util.Optional::stream)
                .findFirst();
    }

    /** An earlier schedule moved to {@code year}: every date by as many years (29 February becomes the 28th). */
    static List<DeadlineView> moved(Schedule earlier, FiscalYear year) {
        int years = year.startYear() - earlier.fiscalYear();
        return sorted(earlier.rows().stream()
                .map(r -> new DeadlineView(
                        r.step(),
                        r.checkpoint(),
                        r.departmentCode(),
                        r.due() == null ? null : r.due().plusYears(years),
                        r.assignee()))
                .toList());
    }

    static List<DeadlineView> defaults(FiscalYear year) {
        List<DeadlineView> rows = new ArrayList<>();
        for (ScheduleStep step : ScheduleStep.values()) {
            rows.add(new DeadlineView(step, step == ScheduleStep.MIDYEAR ? 1 : 0, null, step.defaultDue(year), null));
        }
        return rows;
    }

    private static ScheduleView view(Schedule s, FiscalYear year) {
        return new ScheduleView(s.municipalityCode(), year, s.version(), true, sorted(s.rows()));
    }

    /** Steps in their order, checkpoints ascending, the municipality's row before the departments'. */
    static List<DeadlineView> sorted(List<DeadlineView> rows) {
        return rows.stream()
                .sorted(Comparator.comparing(DeadlineView::step)
                        .thenComparingInt(DeadlineView::checkpoint)
                        .thenComparing(d -> d.departmentCode() == null ? "" : d.departmentCode()))
                .toList();
    }
}
