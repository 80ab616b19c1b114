package jp.hoshin.measureevaluation.web;

import java.io.IOException;
import java.util.List;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.measureevaluation.MeasureEvaluationStage;
import jp.hoshin.measureevaluation.MeasureSheet;
import jp.hoshin.measureevaluation.workbook.MeasureWorkbooks;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
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

/** The year's measure evaluation sheets as one Excel workbook, and a filled-in workbook taken back (all or nothing). */
@Controller
class MeasureWorkbookController {

    private static final WorkbookUploads.MessageKeys KEYS = new WorkbookUploads.MessageKeys(
            "measureEvaluation.workbook.noFile",
            "measureEvaluation.workbook.unchanged",
            "measureEvaluation.workbook.changed",
            "measureEvaluation.workbook.rejected");

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final MeasureWorkbooks workbooks;
    private final Access access;
    private final MeasureAccess measureAccess;

    MeasureWorkbookController(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            MeasureWorkbooks workbooks,
            Access access,
            MeasureAccess measureAccess) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.workbooks = workbooks;
        this.access = access;
        this.measureAccess = measureAccess;
    }

    @GetMapping("/staff/m/{code}/{year}/measure-evaluations/workbook")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        return Downloads.attachment(
                        Messages.get(
                                "measureEvaluation.workbook.fileName",
                                m.name(),
                                fy.year().warekiLabel()),
                        Downloads.XLSX)
                .body(workbooks.export(m.code(), year));
    }

    @PostMapping("/staff/m/{code}/{year}/measure-evaluations/workbook")
    String upload(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityView m = municipalities.get(code);
        if (!access.canWriteSome(m.code())) {
            throw new AccessDeniedException(Messages.get("measureEvaluation.workbook.forbidden"));
        }
        MeasureWorkbooks.Permissions may = new MeasureWorkbooks.Permissions() {
            @Override
            public boolean first(MeasureSheet sheet) {
                return measureAccess.canWriteFirst(m.code(), sheet.measure(), MeasureEvaluationStage.FIRST);
            }

            @Override
            public boolean second(MeasureSheet sheet) {
                return access.canAdminister(m.code());
            }
        };
        return WorkbookUploads.upload(
                file, "redirect:" + MeasureEvaluationStaffController.base(m.code(), year), KEYS, redirect, content -> {
                    try {
                        MeasureWorkbooks.Outcome outcome =
                                workbooks.importWorkbook(m.code(), year, content, may, access.currentUsername());
                        return new WorkbookUploads.Result(outcome.problems(), outcome.changed());
                    } catch (MeasureWorkbooks.Refused e) {
                        return new WorkbookUploads.Result(
                                List.of(ExchangeProblem.ofFile(e.getMessage() == null ? "" : e.getMessage())), 0);
                    }
                });
    }
}
