package jp.hoshin.schedule.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.schedule.ScheduleProgress;
import jp.hoshin.schedule.YearProgress;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.Downloads;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 進行状況 (the compliance view): departments × steps of the year, each with its state, deadline, last change and who;
 * counts per step; only the late ones on request; the same as an Excel workbook. The planning section and the mayor's
 * office read it (nothing on it changes anything).
 */
@Controller
class ProgressController {

    static final String VIEW = "staff/progress";

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final ScheduleProgress progress;
    private final Access access;

    ProgressController(
            Municipalities municipalities, FiscalYears fiscalYears, ScheduleProgress progress, Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.progress = progress;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/{year}/progress")
    String page(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(defaultValue = "") String overdue,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireReview(m.code());
        YearProgress p = progress.progress(m.code(), year);
        boolean onlyOverdue = "1".equals(overdue);
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", fiscalYears.get(m.code(), year));
        model.addAttribute("progress", p);
        model.addAttribute("onlyOverdue", onlyOverdue);
        List<YearProgress.Row> rows = onlyOverdue ? p.onlyOverdue() : p.rows();
        model.addAttribute("rows", rows);
        model.addAttribute("rowsHtml", ProgressRows.html(rows));
        model.addAttribute("canEditSchedule", access.canAdminister(m.code()));
        return VIEW;
    }

    @GetMapping("/staff/m/{code}/{year}/progress.xlsx")
    ResponseEntity<byte[]> excel(
            @PathVariable String code, @PathVariable int year, @RequestParam(defaultValue = "") String overdue) {
        MunicipalityView m = municipalities.get(code);
        access.requireReview(m.code());
        YearProgress p = progress.progress(m.code(), year);
        List<YearProgress.Row> rows = "1".equals(overdue) ? p.onlyOverdue() : p.rows();
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Messages.get("schedule.export.sheet"));
            CellStyle late = wb.createCellStyle();
            late.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            late.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue(Messages.get(
                            "schedule.export.title", m.name(), p.year().label()));
            String[] headings = {
                Messages.get("schedule.col.department"),
                Messages.get("schedule.col.step"),
                Messages.get("schedule.col.state"),
                Messages.get("schedule.col.overdue"),
                Messages.get("schedule.col.due"),
                Messages.get("schedule.col.doneAt"),
                Messages.get("schedule.col.doneBy"),
                Messages.get("schedule.col.changedAt"),
                Messages.get("schedule.col.changedBy"),
                Messages.get("schedule.col.responsible"),
                Messages.get("schedule.col.detail")
            };
            Row head = sheet.createRow(2);
            for (int i = 0; i < headings.length; i++) {
                head.createCell(i).setCellValue(headings[i]);
            }
            int r = 3;
            for (YearProgress.Row row : rows) {
                for (YearProgress.Cell c : row.cells()) {
                    if (c == null) {
                        continue;
                    }
                    Row line = sheet.createRow(r++);
                    String[] values = {
                        row.departmentName(),
                        c.stepLabel(),
                        c.state(),
                        c.overdue() ? Messages.get("schedule.overdue") : "",
                        ProgressCells.date(c.due()),
                        ProgressCells.moment(c.doneAt()),
                        c.doneBy() == null ? "" : c.doneBy(),
                        ProgressCells.moment(c.changedAt()),
                        c.changedBy() == null ? "" : c.changedBy(),
                        c.responsible(),
                        c.detail() == null ? "" : c.detail()
                    };
                    for (int i = 0; i < values.length; i++) {
                        var cell = line.createCell(i);
                        cell.setCellValue(values[i]);
                        if (c.overdue()) {
                            cell.setCellStyle(late);
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 3);
            for (int i = 0; i < headings.length; i++) {
                sheet.setColumnWidth(i, i == 1 ? 32 * 256 : 22 * 256);
            }
            wb.write(out);
            return Downloads.attachment(
                            Messages.get(
                                            "schedule.export.file",
                                            m.name(),
                                            p.year().label()) + ".xlsx",
                            Downloads.XLSX)
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
