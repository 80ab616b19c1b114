package jp.hoshin.departmentplan.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.DraftReplacement;
import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.ProjectDraft;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.organization.SectionView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Excel round-trip of a department plan. {@link #export} writes the plan of a department (or,
 * before it is started, the empty template) as a workbook; {@link #importWorkbook} reads a filled-in
 * workbook, checks all of it — file, sheets, rows, which plan and version it was made from, the
 * plan's state — and only when nothing is wrong replaces the draft through
 * {@link DepartmentPlans#replaceDraft} in one transaction. Callers check access first.
 */
@Component
public class PlanWorkbooks {

    /** The largest workbook accepted. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final DepartmentPlans plans;
    private final Clock clock;

    private final MidYearChecks midYearChecks;
    private final jp.hoshin.departmentplan.PlanExtraFields extraFields;
    private final jp.hoshin.customfield.CustomFields customFields;

    PlanWorkbooks(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            DepartmentPlans plans,
            MidYearChecks midYearChecks,
            Clock clock,
            jp.hoshin.departmentplan.PlanExtraFields extraFields,
            jp.hoshin.customfield.CustomFields customFields) {
        this.extraFields = extraFields;
        this.customFields = customFields;
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.plans = plans;
        this.midYearChecks = midYearChecks;
        this.clock = clock;
    }

    /** A workbook to download: its file name (Japanese), an ASCII name for old clients, and content. */
    public record Download(String fileName, String asciiFileName, byte[] content) {}

    /** The result of an upload: the problems (nothing was changed), or what the replacement did. */
    public record ImportOutcome(
            List<ExchangeProblem> problems, @Nullable DraftReplacement replacement) {

        public boolean succeeded() {
            return problems.isEmpty() && replacement != null;
        }
    }

    public Download export(String municipalityCode, int year, String departmentCode) {
        MunicipalityView m = municipalities.get(municipalityCode);
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        DepartmentView d = organization.department(m.code(), year, departmentCode);
        Optional<DepartmentPlanView> plan = plans.find(new PlanReference(m.code(), year, d.code()));
        PlanContent content = plan.map(DepartmentPlanView::content)
                .orElseGet(() -> plans.initialContent(new PlanReference(m.code(), year, d.code())));
        List<ProjectDraft> projects = plan.map(p -> p.projects().stream()
                        .map(pr -> new ProjectDraft(
                                pr.number(),
                                new ProjectContent(
                                        pr.title(), pr.leadSection(), pr.description(), pr.main(), pr.targets(), null)))
                        .toList())
                .orElse(List.of());
        WorkbookIdentity identity = new WorkbookIdentity(
                m.code(), year, d.code(), plan.map(DepartmentPlanView::version).orElse(null));
        LocalDateTime now = LocalDateTime.now(clock.withZone(FiscalYear.JAPAN));
        PlanWorkbookWriter.Cover cover = new PlanWorkbookWriter.Cover(
                m.name(),
                fy.year().label(),
                d.name(),
                plan.map(p -> p.status().label()).orElse(Messages.get("departmentplan.workbook.notStarted")),
                FiscalYear.warekiDate(now.toLocalDate()) + " " + now.format(TIME),
                d.sections().stream().map(SectionView::name).toList());
        byte[] bytes = withExtraFields(
                m.code(),
                plan,
                new PlanWorkbookWriter()
                        .write(
                                cover,
                                new PlanWorkbookData(identity, content, projects),
                                midYearRows(m.code(), year, d.code(), plan)));
        return new Download(
                Messages.get("departmentplan.workbook.fileName", fy.year().warekiLabel(), d.name()),
                "plan-" + m.code() + "-" + year + "-" + d.code().replaceAll("[^A-Za-z0-9-]", "_") + ".xlsx",
                bytes);
    }

    /** 独自項目: a column per project field on 「個別事業」, the plan's fields on their own sheet (none defined: as before). */
    private byte[] withExtraFields(String code, Optional<DepartmentPlanView> plan, byte[] workbook) {
        List<jp.hoshin.customfield.FieldDefinitionView> planFields =
                customFields.definitions(code, jp.hoshin.customfield.FieldTarget.PLAN);
        List<jp.hoshin.customfield.FieldDefinitionView> projectFields =
                customFields.definitions(code, jp.hoshin.customfield.FieldTarget.PROJECT);
        if (planFields.isEmpty() && projectFields.isEmpty()) {
            return workbook;
        }
        var editing = plan.map(p -> extraFields.editing(code, p))
                .orElse(jp.hoshin.departmentplan.PlanExtraFields.Editing.NONE);
        java.util.Map<Integer, java.util.Map<Long, String>> byNumber = new java.util.HashMap<>();
        plan.ifPresent(p -> p.projects().forEach(pr -> byNumber.put(pr.number(), editing.projectValuesOf(pr.id()))));
        return PlanWorkbookExtraFields.addTo(workbook, planFields, projectFields, editing.planValues(), byNumber);
    }

    /** The department's recorded mid-year checks of the year, for the workbook's read-only sheet. */
    private List<PlanWorkbookWriter.MidYearRow> midYearRows(
            String code, int year, String department, Optional<DepartmentPlanView> plan) {
        if (plan.isEmpty()) {
            return List.of();
        }
        List<PlanWorkbookWriter.MidYearRow> rows = new java.util.ArrayList<>();
        for (MidYearChecks.MidYearProgress p : midYearChecks.progress(code, year)) {
            if (!p.departmentCode().equals(department)
                    || p.state() == jp.hoshin.departmentplan.MidYearState.NOT_STARTED) {
                continue;
            }
            MidYearChecks.Sheet sheet =
                    midYearChecks.sheet(new PlanReference(code, year, department), p.checkpointNumber());
            for (var entry : sheet.entries()) {
                rows.add(new PlanWorkbookWriter.MidYearRow(
                        p.checkpointLabel(),
                        jp.hoshin.shared.JapaneseDates.format(p.referenceDate()),
                        p.state().label(),
                        entry));
            }
        }
        return rows;
    }

    /**
     * Reads the uploaded workbook and, when it has no problem at all, replaces the draft with it.
     * Any problem — of the file, of a cell, of the plan it was made from — changes nothing.
     */
    public ImportOutcome importWorkbook(
            String municipalityCode, int year, String departmentCode, long size, InputStream content) {
        if (size <= 0) {
            return refused(Messages.get("departmentplan.import.noFile"));
        }
        if (size > MAX_BYTES) {
            return refused(
                    Messages.get("departmentplan.import.tooLargeSized", String.format("%.1f", size / 1024.0 / 1024.0)));
        }
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            return refused(Messages.get("departmentplan.import.tooLarge"));
        }
        MunicipalityView m = municipalities.get(municipalityCode);
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        DepartmentView d = organization.department(m.code(), year, departmentCode);
        PlanWorkbookReader.Reading reading = new PlanWorkbookReader().read(bytes);
        WorkbookIdentity identity = reading.identity();
        if (identity != null) {
            Optional<ExchangeProblem> elsewhere = belongsHere(identity, m, fy, d);
            if (elsewhere.isPresent()) {
                return new ImportOutcome(List.of(elsewhere.get()), null);
            }
        }
        if (identity == null || reading.data() == null) {
            return new ImportOutcome(reading.problems(), null);
        }
        Optional<DepartmentPlanView> plan = plans.find(new PlanReference(m.code(), year, d.code()));
        Optional<String> refusal = writable(plan.orElse(null), identity.planVersion(), fy);
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        // 独自項目: read and checked once the fixed part is fine; a wrong value is a located problem, nothing saved
        jp.hoshin.shared.exchange.Problems extraProblems = new jp.hoshin.shared.exchange.Problems();
        PlanWorkbookExtraFields.Reading extras = PlanWorkbookExtraFields.read(
                bytes,
                customFields.definitions(m.code(), jp.hoshin.customfield.FieldTarget.PLAN),
                customFields.definitions(m.code(), jp.hoshin.customfield.FieldTarget.PROJECT),
                (isPlan, typed) -> customFields.check(
                        m.code(),
                        isPlan ? jp.hoshin.customfield.FieldTarget.PLAN : jp.hoshin.customfield.FieldTarget.PROJECT,
                        typed),
                extraProblems);
        if (!extraProblems.isEmpty()) {
            return new ImportOutcome(extraProblems.list(), null);
        }
        try {
            DraftReplacement replacement = extraFields.replaceDraft(
                    new PlanReference(m.code(), year, d.code()),
                    identity.planVersion(),
                    reading.data().content(),
                    reading.data().projects(),
                    extras.plan(),
                    extras.projects());
            return new ImportOutcome(List.of(), replacement);
        } catch (ConcurrentEditException e) {
            return refused(STALE);
        } catch (BusinessRuleException e) {
            return refused(e.getMessage());
        } catch (IllegalArgumentException e) {
            String own = jp.hoshin.shared.web.UserFacing.message(e);
            return refused(own != null ? own : Messages.get("departmentplan.import.rejectedContent"));
        }
    }

    private static final String STALE = Messages.get("departmentplan.import.stale");

    /** The workbook must be the one of this municipality, year and department. */
    private Optional<ExchangeProblem> belongsHere(
            WorkbookIdentity identity, MunicipalityView m, FiscalYearView fy, DepartmentView d) {
        String target = Messages.get("departmentplan.import.notHere", fy.year().label(), d.name());
        if (!identity.municipalityCode().equals(m.code())) {
            String other = municipalities
                    .find(identity.municipalityCode())
                    .map(MunicipalityView::name)
                    .orElse(Messages.get("departmentplan.import.municipalityCode", identity.municipalityCode()));
            return Optional.of(ExchangeProblem.ofFile(
                    Messages.get("departmentplan.import.otherMunicipality", other, m.name(), target)));
        }
        if (identity.fiscalYear() != fy.year().startYear()) {
            String other;
            try {
                other = FiscalYear.of(identity.fiscalYear()).label();
            } catch (IllegalArgumentException e) {
                other = Messages.get("departmentplan.import.year", identity.fiscalYear());
            }
            return Optional.of(ExchangeProblem.ofFile(Messages.get("departmentplan.import.otherOwner", other, target)));
        }
        if (!identity.departmentCode().equals(d.code())) {
            String other = organization.departments(fy).stream()
                    .filter(x -> x.code().equals(identity.departmentCode()))
                    .map(DepartmentView::name)
                    .findFirst()
                    .orElse(Messages.get("departmentplan.import.departmentCode", identity.departmentCode()));
            return Optional.of(ExchangeProblem.ofFile(Messages.get("departmentplan.import.otherOwner", other, target)));
        }
        return Optional.empty();
    }

    /** Whether the draft may be replaced by a workbook made from {@code version} (null: the empty template). */
    private static Optional<String> writable(
            @Nullable DepartmentPlanView plan, @Nullable Long version, FiscalYearView fy) {
        if (plan == null) {
            if (version != null) {
                return Optional.of(Messages.get("departmentplan.import.planGone"));
            }
            if (!fy.open()) {
                return Optional.of(Messages.get(
                        "departmentplan.import.yearClosed", fy.year().label()));
            }
            return Optional.empty();
        }
        if (version == null) {
            return Optional.of(Messages.get("departmentplan.import.templateOutdated"));
        }
        if (plan.status() != PlanStatus.DRAFT) {
            return Optional.of(
                    Messages.get("departmentplan.import.notDraft", plan.status().label()));
        }
        if (version != plan.version()) {
            return Optional.of(STALE);
        }
        return Optional.empty();
    }

    private static ImportOutcome refused(String message) {
        return new ImportOutcome(List.of(ExchangeProblem.ofFile(message)), null);
    }
}
