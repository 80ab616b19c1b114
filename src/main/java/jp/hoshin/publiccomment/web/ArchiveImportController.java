package jp.hoshin.publiccomment.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.publiccomment.ArchivedConsultations;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.ReflectionCategories;
import jp.hoshin.publiccomment.ReflectionCategory;
import jp.hoshin.publiccomment.archive.ArchiveWorkbookReader;
import jp.hoshin.publiccomment.archive.ArchiveWorkbookTemplate;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
import jp.hoshin.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
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
 * 過去の意見募集の取り込み — the planning section downloads the template workbook and uploads a past consultation's
 * published results, recorded all or nothing as an archived consultation; every problem comes back to the list page
 * with its sheet, row and column.
 */
@Controller
class ArchiveImportController {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int SHOWN_PROBLEMS = 100;

    private final Municipalities municipalities;
    private final ArchivedConsultations archive;
    private final ReflectionCategories reflections;
    private final DepartmentDirectory departments;
    private final Access access;

    ArchiveImportController(
            Municipalities municipalities,
            ArchivedConsultations archive,
            ReflectionCategories reflections,
            DepartmentDirectory departments,
            Access access) {
        this.municipalities = municipalities;
        this.archive = archive;
        this.reflections = reflections;
        this.departments = departments;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/comments/archive/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String code) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        return Downloads.attachment(
                        Messages.get("comment.archive.templateFile"),
                        MediaType.parseMediaType(ArchiveWorkbookTemplate.CONTENT_TYPE))
                .cacheControl(CacheControl.noStore())
                .body(ArchiveWorkbookTemplate.write(reflections.categories(m.code())));
    }

    @PostMapping("/staff/m/{code}/comments/archive")
    String upload(
            @PathVariable String code,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        String back = "redirect:/staff/m/" + m.code() + "/comments#archive";
        if (file == null || file.isEmpty()) {
            return refused(redirect, back, List.of(Messages.get("comment.archive.fileRequired")));
        }
        if (file.getSize() > MAX_BYTES) {
            return refused(redirect, back, List.of(Messages.get("exchange.tooLarge", MAX_BYTES / 1024 / 1024)));
        }
        List<ReflectionCategory> list = reflections.categories(m.code());
        ArchiveWorkbookReader reader = new ArchiveWorkbookReader(
                list.stream().map(ReflectionCategory::label).collect(Collectors.toSet()),
                departments.departments(m.code()).stream()
                        .map(d -> new ArchiveWorkbookReader.Department(d.code(), d.name()))
                        .toList());
        ArchiveWorkbookReader.Reading reading = reader.read(file.getBytes());
        if (reading.consultation() == null) {
            return refused(
                    redirect,
                    back,
                    reading.problems().stream().map(ExchangeProblem::text).toList());
        }
        try {
            ConsultationView c = archive.importArchive(m.code(), reading.consultation());
            redirect.addFlashAttribute(
                    "flash",
                    Messages.get(
                            "comment.archive.imported",
                            c.content().title(),
                            String.valueOf(reading.consultation().items().size())));
            return "redirect:/staff/m/" + m.code() + "/comments/" + c.id();
        } catch (BusinessRuleException e) {
            return refused(redirect, back, List.of(e.getMessage()));
        }
    }

    private static String refused(RedirectAttributes redirect, String back, List<String> problems) {
        // flash attributes live in the session: a plain serializable list
        redirect.addFlashAttribute(
                "archiveProblems", new ArrayList<>(problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS))));
        redirect.addFlashAttribute("archiveProblemCount", problems.size());
        return back;
    }
}
