/**
 * Fiscal years (年度, April–March) of a municipality: opened by the planning section (which copies
 * the organisation of the previous year, see {@link jp.hoshin.fiscalyear.FiscalYearOpened}) and
 * closed when the year's work is done. {@link jp.hoshin.fiscalyear.FiscalYear} is the value with
 * its 和暦 display.
 */
@ApplicationModule(displayName = "Fiscal year")
@NullMarked
package jp.hoshin.fiscalyear;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
