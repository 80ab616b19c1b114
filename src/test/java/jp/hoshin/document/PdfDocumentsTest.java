package jp.hoshin.document;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendering documents whose layout once broke the PDF/UA tagger (plain unit test, no Spring context). */
class PdfDocumentsTest {

    private final PdfDocuments documents = new PdfDocuments();

    /**
     * An evaluation sheet (from the browser test's data) whose cost table's caption fell at the foot of a page:
     * openhtmltopdf threw a NullPointerException while tagging the table and the PDF answered HTTP 500.
     */
    @Test
    void aCaptionAtTheFootOfAPageStaysWithItsTable() throws Exception {
        String xhtml;
        try (InputStream in = getClass().getResourceAsStream("/document/caption-at-page-foot.xhtml")) {
            xhtml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] pdf = documents.render(xhtml, "/m/132047/2020/evaluations");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot())
                    .as("tagged PDF")
                    .isNotNull();
        }
    }

    /**
     * The same sheet with the house rule overridden, so that the tagger fails as it did: the reader still gets the
     * document, made untagged (it has no structure tree), rather than an error.
     */
    @Test
    void aDocumentTheTaggerCannotPlaceIsMadeUntaggedRatherThanFailing() throws Exception {
        String xhtml;
        try (InputStream in = getClass().getResourceAsStream("/document/caption-at-page-foot.xhtml")) {
            xhtml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        xhtml = xhtml.replace("</head>", "<style>caption { page-break-after: auto !important; }</style></head>");
        byte[] pdf = documents.render(xhtml, "/m/132047/2020/evaluations");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot())
                    .as("made again untagged after the tagger failed")
                    .isNull();
        }
    }
}
