package jp.hoshin.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.hoshin.shared.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses that are files: PDFs shown in the browser, workbooks and CSV saved to disk, with the file
 * name in the Content-Disposition header (RFC 6266; UTF-8 for Japanese names).
 */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Downloads() {}

    /** A file the browser shows (a PDF), named for saving; add headers and the body. */
    public static ResponseEntity.BodyBuilder inline(String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.inline(), filename));
    }

    /** A file the browser saves; add headers and the body. */
    public static ResponseEntity.BodyBuilder attachment(String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(ContentDisposition.attachment(), filename));
    }

    /** A CSV file as Excel in Japan opens it ({@link Csv#document}): the one way every CSV leaves the application. */
    public static ResponseEntity<byte[]> csv(String filename, List<? extends List<?>> rows) {
        return attachment(filename, CSV).body(Csv.document(rows));
    }

    private static String disposition(ContentDisposition.Builder builder, String filename) {
        boolean ascii = filename.chars().allMatch(c -> c < 0x80);
        return (ascii ? builder.filename(filename) : builder.filename(filename, StandardCharsets.UTF_8))
                .build()
                .toString();
    }
}
