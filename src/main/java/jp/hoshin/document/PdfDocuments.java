package jp.hoshin.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Renders XHTML (as Thymeleaf writes it from a well-formed template) to PDF, A4 unless the page's CSS
 * says otherwise. The font family {@value #FONT_FAMILY} (regular and bold) is embedded as a subset, so
 * the PDF shows and extracts the same text on any reader. The output is a tagged PDF (PDF/UA
 * structure) so that screen readers and text extraction follow the reading order.
 */
@Service
public class PdfDocuments {

    /** The font family name templates use in CSS. */
    public static final String FONT_FAMILY = "Noto Sans JP";

    private final byte[] regular;
    private final byte[] bold;

    PdfDocuments() {
        XRLog.setLoggerImpl(new RendererLogging());
        this.regular = read("fonts/NotoSansJP-Regular.ttf");
        this.bold = read("fonts/NotoSansJP-Bold.ttf");
    }

    /** The PDF of one XHTML document; {@code baseUri} resolves relative links and images. */
    public byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDFを作成できませんでした。", e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("フォント " + path + " を読み込めませんでした。", e);
        }
    }
}
