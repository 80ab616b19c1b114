package jp.hoshin.evaluation.web;

import java.io.IOException;

import jp.hoshin.evaluation.EvaluationStage;
import jp.hoshin.evaluation.workbook.SheetWorkbooks;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.WorkbookUploads;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluation sheets of a year as one Excel workbook: download (what the user may read), upload (all or nothing). */
@Controller
class SheetWorkbookController {

    private static final WorkbookUploads.MessageKeys KEYS = new WorkbookUploads.MessageKeys(
            "evaluation.import.noFile",
            "evaluation.import.flash.unchanged",
            "evaluation.import.flash.changed",
            "evaluation.import.flash.rejected");

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final SheetWorkbooks workbooks;
    private final Access access;

    SheetWorkbookController(
            Municipalities municipalities, FiscalYears fiscalYears, SheetWorkbooks workbooks, Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.workbooks = workbooks;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/{year}/evaluations/workbook")
    ResponseEntity<byte[]> download(
            @PathVariable String code, @PathVariable int year, @RequestParam(defaultValue = "") String department) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        byte[] content = workbooks.export(
                m.code(), year, s -> department.isBlank() || s.departmentCode().equals(department));
        return Downloads.attachment(
                        Messages.get(
                                "evaluation.workbook.fileName",
                                m.name(),
                                fy.year().warekiLabel()),
                        Downloads.XLSX)
                .body(content);
    }

    @PostMapping("/staff/m/{code}/{year}/evaluations/workbook")
    String upload(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityView m = municipalities.get(code);
        if (!access.canWriteSome(m.code())) {
            throw new AccessDeniedException(Messages.get("evaluation.import.forbidden"));
        }
        return WorkbookUploads.upload(
                file, "redirect:/staff/m/" + m.code() + "/" + year + "/evaluations", KEYS, redirect, content -> {
                    SheetWorkbooks.Outcome outcome = workbooks.importWorkbook(
                            m.code(),
                            year,
                            content,
                            s -> access.canEditEvaluation(
                                    m.code(), s.departmentCode(), s.stage() == EvaluationStage.FIRST));
                    return new WorkbookUploads.Result(
                            outcome.problems(), outcome.changed().size());
                });
    }
}
