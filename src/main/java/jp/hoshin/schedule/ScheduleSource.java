package jp.hoshin.schedule;

import java.util.List;
import java.util.Set;

/**
 * Implemented by each module that owns work of the year's schedule (department plans, evaluations, indicators and
 * progress texts, the white paper, public comment, the mid-year check): what each department has done of the steps
 * that module owns, for one municipality and fiscal year. One implementation answers with one or a few SQL queries for
 * the whole municipality, never one per department. Steps a module does not report have no progress (shown as 未着手).
 */
public interface ScheduleSource {

    /** The steps this source reports (so the schedule knows which steps have a source). */
    Set<ScheduleStep> steps();

    /** The progress of every department (and municipality-wide step) of the year this source knows of. */
    List<StepProgress> progress(String municipalityCode, int fiscalYear);
}
