package jp.hoshin.document;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * Renders XHTML (as Thymeleaf writes it from a well-formed template) to PDF, A4 unless the page's CSS
 * says otherwise. The font family {@value #FONT_FAMILY} (regular and bold) is embedded as a subset, so
 * the PDF shows and extracts the same text on any reader. The output is a tagged PDF (PDF/UA
 * structure) so that screen readers and text extraction follow the reading order. Inline {@code <svg>}
 * (charts) is drawn as vectors by Batik, whose text uses the same shipped font.
 */
@Service
public class PdfDocuments {

    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    /** The font family name templates use in CSS. */
    public static final String FONT_FAMILY = "Noto Sans JP";

    private final byte[] regular;
    private final byte[] bold;
    /** The shipped fonts as Batik reads them (from private file copies), made once per process. */
    private volatile PDFTranscoder.@Nullable OpenHtmlFontResolver svgFonts;

    PdfDocuments() {
        XRLog.setLoggerImpl(new RendererLogging());
        this.regular = read("fonts/NotoSansJP-Regular.ttf");
        this.bold = read("fonts/NotoSansJP-Bold.ttf");
    }

    /**
     * Rules every document gets: a table's caption stays on the page of its table. Besides being what a reader
     * expects, a caption left alone at the foot of a page makes openhtmltopdf 1.1.31's PDF/UA tagger fail
     * (NullPointerException in PdfBoxAccessibilityHelper.logIncompatibleChild), which was an HTTP 500.
     */
    static final String HOUSE_RULES = "<style>caption { page-break-after: avoid; }</style>";

    /**
     * The PDF of one XHTML document; {@code baseUri} resolves relative links and images. Tagged for PDF/UA; should
     * openhtmltopdf's tagger fail on a structure it cannot place (a known failure of 1.1.x on long documents, a
     * NullPointerException in PdfBoxAccessibilityHelper), the document is made again untagged and the failure logged,
     * so a reader gets the document rather than an error.
     */
    public byte[] render(String xhtml, String baseUri) {
        int head = xhtml.indexOf("</head>");
        if (head >= 0) {
            xhtml = xhtml.substring(0, head) + HOUSE_RULES + xhtml.substring(head);
        }
        try {
            return render(xhtml, baseUri, true);
        } catch (RuntimeException e) {
            if (e instanceof UncheckedIOException) {
                throw e;
            }
            log.warn("The PDF/UA tagger failed ({}); the document is made untagged", e.toString());
            return render(xhtml, baseUri, false);
        }
    }

    private byte[] render(String xhtml, String baseUri, boolean tagged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(tagged);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            if (xhtml.contains("<svg")) {
                builder.useSVGDrawer(svgDrawer());
            }
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDFを作成できませんでした。", e);
        }
        return out.toByteArray();
    }

    /**
     * The characters of a text that the shipped font cannot show — they would print as a missing glyph — each
     * once, with the text around its first occurrence, so that whoever compiles a document can correct them
     * (a simplified Chinese 实 for 実 from a scanned source, for instance).
     */
    public List<String> unsupportedCharacters(String text) {
        CmapLookup cmap = cmap();
        Map<Integer, String> found = new LinkedHashMap<>();
        text.codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp)
                    && !Character.isISOControl(cp)
                    && cp != 0xFEFF
                    && !found.containsKey(cp)
                    && cmap.getGlyphId(cp) == 0) {
                int at = text.indexOf(new String(Character.toChars(cp)));
                String around = text.substring(Math.max(0, at - 12), Math.min(text.length(), at + 12))
                        .replaceAll("\\s+", " ");
                found.put(
                        cp,
                        new String(Character.toChars(cp)) + "（U+" + String.format("%04X", cp) + "）：…" + around + "…");
            }
        });
        return List.copyOf(found.values());
    }

    private volatile @Nullable CmapLookup cmap;

    private CmapLookup cmap() {
        CmapLookup lookup = cmap;
        if (lookup == null) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(regular))) {
                CmapLookup read = font.getUnicodeCmapLookup();
                BitSet supported = new BitSet(0x30000);
                for (int cp = 0; cp < 0x30000; cp++) {
                    if (read.getGlyphId(cp) != 0) {
                        supported.set(cp);
                    }
                }
                lookup = new CmapLookup() {
                    @Override
                    public int getGlyphId(int codePointAt) {
                        return codePointAt < 0x30000 && supported.get(codePointAt) ? 1 : 0;
                    }

                    @Override
                    public List<Integer> getCharCodes(int gid) {
                        return List.of();
                    }
                };
                cmap = lookup;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lookup;
    }

    private BatikSVGDrawer svgDrawer() throws IOException {
        PDFTranscoder.OpenHtmlFontResolver fonts = svgFonts;
        if (fonts == null) {
            synchronized (this) {
                if (svgFonts == null) {
                    PDFTranscoder.OpenHtmlFontResolver resolver = new PDFTranscoder.OpenHtmlFontResolver();
                    try {
                        resolver.addFontFile(copy(regular, "regular").toFile(), FONT_FAMILY, 400, FontStyle.NORMAL);
                        resolver.addFontFile(copy(bold, "bold").toFile(), FONT_FAMILY, 700, FontStyle.NORMAL);
                    } catch (FontFormatException e) {
                        throw new IOException(e);
                    }
                    svgFonts = resolver;
                }
                fonts = svgFonts;
            }
        }
        return new ShippedFontSvgDrawer(fonts);
    }

    /**
     * Draws SVG with the shipped fonts only: the document's font rules are not read (they name no other font),
     * and the fonts, parsed once per process, are shared by every rendering (they are only read).
     */
    private static final class ShippedFontSvgDrawer extends BatikSVGDrawer {

        private final PDFTranscoder.OpenHtmlFontResolver fonts;

        ShippedFontSvgDrawer(PDFTranscoder.OpenHtmlFontResolver fonts) {
            this.fonts = fonts;
        }

        @Override
        public void importFontFaceRules(List<FontFaceRule> rules, SharedContext context) {
            this.fontResolver = fonts;
        }
    }

    private static Path copy(byte[] font, String name) throws IOException {
        Path file = Files.createTempFile("hoshin-font-" + name, ".ttf");
        file.toFile().deleteOnExit();
        Files.write(file, font);
        return file;
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("フォント " + path + " を読み込めませんでした。", e);
        }
    }
}
