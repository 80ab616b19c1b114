package jp.hoshin.schedule.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.schedule.DeadlineView;
import jp.hoshin.schedule.ScheduleProgress;
import jp.hoshin.schedule.ScheduleView;
import jp.hoshin.schedule.Schedules;
import jp.hoshin.schedule.Task;
import jp.hoshin.schedule.Tasks;
import jp.hoshin.schedule.YearProgress;
import jp.hoshin.shared.Messages;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The year's schedule for staff of the municipality (HTTP Basic, or the session of a signed-in browser): the deadlines
 * and, per department and step, its state, due date, done date and who — as JSON and as an iCalendar feed for
 * calendars; and the signed-in staff member's to-dos.
 */
@RestController
@Tag(name = "年間スケジュール", description = "期限・部ごとの進行状況（職員のみ）と、自分のやること")
class ScheduleApiController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Municipalities municipalities;
    private final Schedules schedules;
    private final ScheduleProgress progress;
    private final Organization organization;
    private final Tasks tasks;
    private final Access access;

    ScheduleApiController(
            Municipalities municipalities,
            Schedules schedules,
            ScheduleProgress progress,
            Organization organization,
            Tasks tasks,
            Access access) {
        this.municipalities = municipalities;
        this.schedules = schedules;
        this.progress = progress;
        this.organization = organization;
        this.tasks = tasks;
        this.access = access;
    }

    /** A deadline: {@code department} null for the municipality's own deadline of a step. */
    record DeadlineDto(
            String step,
            int checkpoint,
            String label,
            @Nullable String department,
            @Nullable LocalDate due,
            @Nullable String assignee) {}

    /** One step of one department; {@code phase} is WAITING (an earlier step is not done), OPEN or DONE. */
    record StepDto(
            String step,
            int checkpoint,
            String label,
            String state,
            String phase,
            boolean done,
            @Nullable LocalDate due,
            boolean overdue,
            @Nullable Instant doneAt,
            @Nullable String doneBy,
            @Nullable Instant changedAt,
            @Nullable String changedBy,
            String responsible,
            @Nullable String url) {}

    /** A department's steps ({@code code} null for the municipality-wide steps). */
    record DepartmentDto(@Nullable String code, String name, List<StepDto> steps) {}

    record ScheduleDto(
            String municipality,
            int fiscalYear,
            long version,
            boolean saved,
            List<DeadlineDto> deadlines,
            List<DepartmentDto> departments) {}

    @GetMapping("/api/v1/municipalities/{code}/fiscal-years/{year}/schedule")
    @Operation(summary = "年度の年間スケジュールと部ごとの進行状況（その自治体の職員）")
    ScheduleDto schedule(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        ScheduleView s = schedules.schedule(m.code(), year);
        YearProgress p = progress.progress(m.code(), year);
        List<DeadlineDto> deadlines = s.deadlines().stream()
                .map(d -> new DeadlineDto(
                        d.step().name(),
                        d.checkpoint(),
                        d.step().label(d.checkpoint()),
                        d.departmentCode(),
                        d.due(),
                        d.assignee()))
                .toList();
        List<DepartmentDto> departments = p.rows().stream()
                .map(r -> new DepartmentDto(
                        r.departmentCode(),
                        r.departmentName(),
                        r.cells().stream()
                                .filter(c -> c != null)
                                .map(c -> new StepDto(
                                        c.step().name(),
                                        c.checkpoint(),
                                        c.stepLabel(),
                                        c.state(),
                                        c.phase().name(),
                                        c.done(),
                                        c.due(),
                                        c.overdue(),
                                        c.doneAt(),
                                        c.doneBy(),
                                        c.changedAt(),
                                        c.changedBy(),
                                        c.responsible(),
                                        c.url()))
                                .toList()))
                .toList();
        return new ScheduleDto(m.code(), year, s.version(), s.stored(), deadlines, departments);
    }

    @GetMapping("/api/v1/municipalities/{code}/fiscal-years/{year}/schedule.ics")
    @Operation(summary = "年間スケジュールの期限（iCalendar、Outlook などのカレンダー用）")
    ResponseEntity<String> calendar(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        ScheduleView s = schedules.schedule(m.code(), year);
        Map<String, String> names = new HashMap<>();
        for (DepartmentView d : organization.departments(m.code(), year)) {
            names.put(d.code(), d.name());
        }
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Hoshin//Schedule//JA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale("GREGORIAN"));
        List<VEvent> events = new ArrayList<>();
        for (DeadlineView d : s.deadlines()) {
            if (d.due() == null) {
                continue;
            }
            String department =
                    d.departmentCode() == null ? null : names.getOrDefault(d.departmentCode(), d.departmentCode());
            String summary = department == null
                    ? Messages.get("schedule.ics.summary", m.name(), d.step().label(d.checkpoint()))
                    : Messages.get(
                            "schedule.ics.summaryDepartment", m.name(), d.step().label(d.checkpoint()), department);
            VEvent event = new VEvent(d.due(), summary);
            event.add(new Uid("hoshin-" + m.code() + "-" + year + "-" + d.step().name() + "-" + d.checkpoint() + "-"
                    + (d.departmentCode() == null ? "all" : d.departmentCode()) + "@hoshin"));
            event.add(new Description(
                    Messages.get("schedule.ics.description", s.year().label())));
            event.add(new Url(java.net.URI.create(base + "/staff/m/" + m.code() + "/" + year + "/schedule")));
            events.add(event);
        }
        events.forEach(calendar::add);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header("Content-Disposition", "inline; filename=\"schedule-" + m.code() + "-" + year + ".ics\"")
                .body(out.toString());
    }

    @GetMapping("/api/v1/me/tasks")
    @Operation(summary = "サインインしている職員のやること（スタッフのホームと同じ一覧）")
    List<Task> myTasks() {
        StaffPrincipal staff = access.requireStaff();
        return tasks.forStaff(staff);
    }
}
