/**
 * 年間スケジュール: the deadlines of the year's steps per municipality and fiscal year (optionally per department, with a
 * named 担当者), what each department has done of them (read from the modules that own the work through the
 * {@link jp.hoshin.schedule.ScheduleSource} SPI), the to-do list of each signed-in staff member ({@link
 * jp.hoshin.schedule.Tasks}) and the planning section's progress page (compliance view).
 */
@ApplicationModule(displayName = "Schedule")
@NullMarked
package jp.hoshin.schedule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
