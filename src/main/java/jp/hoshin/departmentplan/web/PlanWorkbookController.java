package jp.hoshin.departmentplan.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.departmentplan.DraftReplacement;
import jp.hoshin.departmentplan.workbook.PlanWorkbooks;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Excel round-trip on the staff plan page: 「Excelで書き出す」 downloads the department's plan
 * (or the empty template) for the planning section and the department's own editors; 「Excelから取り込む」
 * uploads a filled-in workbook into the draft, all or nothing. Problems come back to the plan page as
 * a list, each with its sheet, row and column.
 */
@Controller
class PlanWorkbookController {

    /** How many problems the page lists (the rest are counted). */
    static final int SHOWN_PROBLEMS = 100;

    private final Municipalities municipalities;
    private final PlanWorkbooks workbooks;
    private final Access access;

    PlanWorkbookController(Municipalities municipalities, PlanWorkbooks workbooks, Access access) {
        this.municipalities = municipalities;
        this.workbooks = workbooks;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/{year}/plans/{department}/workbook")
    ResponseEntity<byte[]> download(
            @PathVariable String code, @PathVariable int year, @PathVariable String department) {
        MunicipalityView m = municipalities.get(code);
        access.requireDepartmentEdit(m.code(), department);
        PlanWorkbooks.Download workbook = workbooks.export(m.code(), year, department);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(PlanWorkbooks.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(workbook))
                .cacheControl(CacheControl.noStore())
                .body(workbook.content());
    }

    @PostMapping("/staff/m/{code}/{year}/plans/{department}/workbook")
    String upload(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable String department,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityView m = municipalities.get(code);
        access.requireDepartmentEdit(m.code(), department);
        PlanWorkbooks.ImportOutcome outcome;
        if (file == null) {
            outcome = workbooks.importWorkbook(m.code(), year, department, 0, InputStream.nullInputStream());
        } else {
            try (InputStream in = file.getInputStream()) {
                outcome = workbooks.importWorkbook(m.code(), year, department, file.getSize(), in);
            }
        }
        if (outcome.succeeded()) {
            redirect.addFlashAttribute("flash", message(outcome.replacement()));
        } else {
            List<String> problems =
                    outcome.problems().stream().map(ExchangeProblem::text).toList();
            // flash attributes live in the session (in the database): a plain serializable list
            redirect.addFlashAttribute(
                    "importProblems", new ArrayList<>(problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS))));
            redirect.addFlashAttribute("importProblemCount", problems.size());
        }
        return "redirect:/staff/m/" + m.code() + "/" + year + "/plans/" + department;
    }

    /** The Japanese file name (RFC 6266 filename*), with an ASCII name for clients that only read filename. */
    private static String contentDisposition(PlanWorkbooks.Download workbook) {
        String encoded = ContentDisposition.attachment()
                .filename(workbook.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString();
        return "attachment; filename=\"" + workbook.asciiFileName() + "\"; "
                + encoded.substring(encoded.indexOf("filename*="));
    }

    private static String message(@Nullable DraftReplacement r) {
        if (r == null || !r.changed()) {
            return Messages.get("departmentplan.import.flash.unchanged");
        }
        String projects = Messages.get("departmentplan.import.flash.projects", r.added(), r.revised(), r.removed());
        if (r.started()) {
            return Messages.get("departmentplan.import.flash.started", projects);
        }
        return Messages.get(
                "departmentplan.import.flash.imported",
                r.contentChanged()
                        ? Messages.get("departmentplan.import.flash.changed")
                        : Messages.get("departmentplan.import.flash.same"),
                projects);
    }
}
