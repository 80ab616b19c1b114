package jp.hoshin.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jp.hoshin.shared.Messages;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A filled-in workbook taken back on a staff page (all or nothing): no file, the import's count of changed records, or
 * its problems in the one format ({@code workbookProblems}, shown by the page it goes back to).
 */
public final class WorkbookUploads {

    private WorkbookUploads() {}

    /** What an import answered: its problems (none when the workbook was taken) and how many records it changed. */
    public record Result(List<ExchangeProblem> problems, int changed) {}

    /** The keys in messages.properties of one kind of workbook; {@code changed} takes the count. */
    public record MessageKeys(String noFile, String unchanged, String changed, String rejected) {}

    /** Reads the workbook's bytes into the module's data. */
    @FunctionalInterface
    public interface Import {
        Result apply(byte[] workbook);
    }

    /** Takes the file back through the import and answers the redirect to {@code back} with the outcome as flash. */
    public static String upload(
            @Nullable MultipartFile file, String back, MessageKeys keys, RedirectAttributes redirect, Import importer)
            throws IOException {
        if (file == null || file.isEmpty()) {
            // the message goes with the problems, which the page shows at the file input
            redirect.addFlashAttribute("flashError", Messages.get(keys.noFile()));
            redirect.addFlashAttribute("workbookProblems", new ArrayList<>(List.of(Messages.get(keys.noFile()))));
            return back;
        }
        Result outcome = importer.apply(file.getBytes());
        if (outcome.problems().isEmpty()) {
            redirect.addFlashAttribute(
                    "flash",
                    outcome.changed() == 0
                            ? Messages.get(keys.unchanged())
                            : Messages.get(keys.changed(), outcome.changed()));
        } else {
            redirect.addFlashAttribute("flashError", Messages.get(keys.rejected()));
            redirect.addFlashAttribute(
                    "workbookProblems",
                    new ArrayList<>(outcome.problems().stream()
                            .map(ExchangeProblem::text)
                            .toList()));
        }
        return back;
    }
}
