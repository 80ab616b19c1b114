package jp.hoshin.policyplan.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.Role;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.ElementOwners;
import jp.hoshin.policyplan.ImportRejected;
import jp.hoshin.policyplan.PolicyDataExport;
import jp.hoshin.policyplan.PolicyDataImport;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.PolicyPlans.ProgressTarget;
import jp.hoshin.policyplan.PolicyViews.PlanView;
import jp.hoshin.policyplan.SourceTable;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Csv;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
import jp.hoshin.shared.exchange.Spreadsheets;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.ReadOnlyPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the plans and indicators: the planning section downloads all plan data as one workbook
 * (or CSV per table) and uploads tables back (all or nothing, every problem listed with its sheet, row
 * and column); departments write the yearly progress text (取組状況) of the elements they own.
 */
@Controller
class PolicyPlanStaffController {

    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    /** A compiled template (src/main/jte/staff/policy-progress.jte): the form a department writes most often. */
    static final String PROGRESS_VIEW = "jte:staff/policy-progress";

    private final Municipalities municipalities;
    private final PolicyPlans plans;
    private final PolicyDataImport importer;
    private final PolicyDataExport exporter;
    private final Access access;

    PolicyPlanStaffController(
            Municipalities municipalities,
            PolicyPlans plans,
            PolicyDataImport importer,
            PolicyDataExport exporter,
            Access access) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.importer = importer;
        this.exporter = exporter;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/policy")
    String index(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("plans", plans.plans(m.code()));
        model.addAttribute(
                "tables", PolicyDataFiles.BY_NAME.keySet().stream().sorted().toList());
        model.addAttribute("canImport", access.canAdminister(m.code()));
        return "staff/policy";
    }

    @GetMapping("/staff/m/{code}/policy/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable String code) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        byte[] body = PolicyDataWorkbook.write(exporter.tables(m.code()), exporter.fingerprint(m.code()));
        String filename = m.name() + "_計画データ_" + LocalDate.now(FiscalYear.JAPAN) + ".xlsx";
        return Downloads.attachment(filename, Downloads.XLSX).body(body);
    }

    @PostMapping("/staff/m/{code}/policy/import")
    String upload(
            @PathVariable String code,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        List<ExchangeProblem> problems = new ArrayList<>();
        List<SourceTable> tables = new ArrayList<>();
        List<String> basedOn = new ArrayList<>();
        if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
            problems.add(ExchangeProblem.ofFile(Messages.get("policy.import.noFile")));
        } else {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    read(file, tables, basedOn, problems);
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                String fingerprint = basedOn.stream().distinct().count() == 1 ? basedOn.getFirst() : null;
                redirect.addFlashAttribute(
                        "flash", importer.apply(m.code(), tables, fingerprint).message());
                return "redirect:/staff/m/" + m.code() + "/policy";
            } catch (ImportRejected e) {
                problems.addAll(e.problems());
            }
        }
        index(code, model);
        model.addAttribute("problems", problems);
        return "staff/policy";
    }

    @GetMapping("/staff/m/{code}/policy/{planKey}")
    String plan(
            @PathVariable String code,
            @PathVariable String planKey,
            @RequestParam(required = false) Integer year,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        PlanView plan = plans.plan(m.code(), planKey);
        ElementOwners owners = plans.owners(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("plan", plan);
        model.addAttribute(
                "year", FiscalYear.of(year != null ? year : FiscalYear.current().startYear() - 1));
        model.addAttribute(
                "editable",
                plan.elements().stream()
                        .filter(e -> canWrite(m.code(), owners.of(e.element())))
                        .map(e -> e.element().key())
                        .toList());
        model.addAttribute("administers", access.canAdminister(m.code()));
        return "staff/policy-plan";
    }

    @GetMapping("/staff/m/{code}/policy/{planKey}/{elementKey}/progress/{year}")
    @ReadOnlyPage
    String progressForm(
            @PathVariable String code,
            @PathVariable String planKey,
            @PathVariable String elementKey,
            @PathVariable int year,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        ProgressTarget target = requireWrite(m, planKey, elementKey);
        var text = plans.progressText(m.code(), planKey, elementKey, year);
        return progressForm(
                model,
                m,
                target,
                year,
                text.map(PolicyPlans.ProgressText::body).orElse(""),
                text.map(PolicyPlans.ProgressText::version).orElse(PolicyPlans.NEW_TEXT),
                null);
    }

    @PostMapping("/staff/m/{code}/policy/{planKey}/{elementKey}/progress/{year}")
    String writeProgress(
            @PathVariable String code,
            @PathVariable String planKey,
            @PathVariable String elementKey,
            @PathVariable int year,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String body,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        ProgressTarget target = requireWrite(m, planKey, elementKey);
        String text = JapaneseText.text(body);
        String error = text.isEmpty()
                ? Messages.get("policy.progress.required")
                : text.length() > 20000 ? Messages.get("policy.progress.tooLong") : null;
        if (error == null) {
            try {
                plans.writeProgress(m.code(), planKey, elementKey, year, version, text);
                redirect.addFlashAttribute(
                        "flash",
                        Messages.get(
                                "policy.progress.flash.saved",
                                FiscalYear.of(year).label()));
                return "redirect:/staff/m/" + m.code() + "/policy/" + planKey + "?year=" + year;
            } catch (ConcurrentEditException e) {
                error = e.getMessage();
            }
        }
        return progressForm(model, m, target, year, body, version, error);
    }

    private static String progressForm(
            Model model,
            MunicipalityView m,
            ProgressTarget target,
            int year,
            String body,
            long version,
            @Nullable String error) {
        model.addAttribute("municipality", m);
        model.addAttribute("plan", target.plan());
        model.addAttribute("element", target.element());
        model.addAttribute("year", FiscalYear.of(year));
        model.addAttribute("body", body);
        model.addAttribute("version", version);
        model.addAttribute("error", error);
        return PROGRESS_VIEW;
    }

    /** The element, read once with who owns it, if the signed-in member of staff may write its progress texts. */
    private ProgressTarget requireWrite(MunicipalityView m, String planKey, String elementKey) {
        access.requireView(m.code());
        ProgressTarget target = plans.progressTarget(m.code(), planKey, elementKey);
        if (!canWrite(m.code(), target.owners())) {
            throw new AccessDeniedException(Messages.get("policy.progress.forbidden"));
        }
        return target;
    }

    /** The planning section writes every element's text; a department the elements it owns (全庁: every department). */
    private boolean canWrite(String municipalityCode, List<String> owners) {
        if (access.canAdminister(municipalityCode)) {
            return true;
        }
        var staff = access.currentStaff();
        return staff.isPresent()
                && staff.get().belongsTo(municipalityCode)
                && owners.stream()
                        .anyMatch(d -> d.equals(ElementOwners.EVERY_DEPARTMENT)
                                ? staff.get().role() == Role.DEPARTMENT_EDITOR
                                : access.canEditDepartment(municipalityCode, d));
    }

    private static void read(
            MultipartFile file, List<SourceTable> tables, List<String> basedOn, List<ExchangeProblem> problems) {
        String name = file.getOriginalFilename() == null ? "ファイル" : file.getOriginalFilename();
        String where = "「" + name + "」";
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            problems.add(ExchangeProblem.ofSheet(where, Messages.get("exchange.tooLarge", 10)));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the upload itself broke off: not a problem of the file's content
        }
        if (Spreadsheets.looksLikeXlsx(bytes)) {
            try {
                PolicyDataWorkbook.Read read = PolicyDataWorkbook.read(new ByteArrayInputStream(bytes), name);
                tables.addAll(read.tables());
                if (read.fingerprint() != null) {
                    basedOn.add(read.fingerprint());
                }
            } catch (IOException | RuntimeException e) {
                if (!Spreadsheets.isAboutTheFile(e)) {
                    throw e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e);
                }
                problems.add(ExchangeProblem.ofSheet(where, Messages.get("policy.import.fileDamaged")));
            }
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            try {
                tables.add(new SourceTable(name, Csv.read(Spreadsheets.decodeCsv(bytes))));
            } catch (IllegalArgumentException e) {
                // Csv.read says in Japanese where the CSV is broken (an unclosed quote: 「2行目」)
                problems.add(ExchangeProblem.ofSheet(where, Messages.get("policy.import.csvBroken", e.getMessage())));
            }
        } else {
            problems.add(ExchangeProblem.ofSheet(where, Messages.get("policy.import.fileType")));
        }
    }
}
