package jp.hoshin.whitepaper.web;

import java.util.List;

import jp.hoshin.document.IssuedDocument;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.ReadOnlyPage;
import jp.hoshin.whitepaper.EditionView;
import jp.hoshin.whitepaper.WhitePapers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published white papers on the public site: the list of years, each year's front page and chapters (the
 * HTML kept when the latest edition was published) and the PDF of every edition, as issued.
 */
@Controller
class PublicWhitePaperController {

    static final String LIST_VIEW = "site/white-papers";
    static final String PAGE_VIEW = "site/white-paper";

    private final Municipalities municipalities;
    private final WhitePapers papers;

    PublicWhitePaperController(Municipalities municipalities, WhitePapers papers) {
        this.municipalities = municipalities;
        this.papers = papers;
    }

    @GetMapping("/m/{code}/white-paper")
    @ReadOnlyPage
    String list(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("papers", papers.published(m.code()));
        return LIST_VIEW;
    }

    @GetMapping("/m/{code}/{year}/white-paper")
    @ReadOnlyPage
    String front(@PathVariable String code, @PathVariable int year, Model model) {
        return page(code, year, "index", model);
    }

    @GetMapping("/m/{code}/{year}/white-paper/{page:[a-z-]+}")
    @ReadOnlyPage
    String chapter(@PathVariable String code, @PathVariable int year, @PathVariable String page, Model model) {
        return page(code, year, page, model);
    }

    @GetMapping("/m/{code}/{year}/white-paper.pdf")
    ResponseEntity<byte[]> latestPdf(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        return pdf(m, year, latest(m, year).number());
    }

    @GetMapping("/m/{code}/{year}/white-paper/editions/{number}.pdf")
    ResponseEntity<byte[]> editionPdf(@PathVariable String code, @PathVariable int year, @PathVariable int number) {
        return pdf(municipalities.get(code), year, number);
    }

    private String page(String code, int year, String pageId, Model model) {
        MunicipalityView m = municipalities.get(code);
        List<EditionView> editions = papers.editions(m.code(), year);
        EditionView latest = latest(m, year);
        String heading = "index".equals(pageId)
                ? null
                : latest.chapters().stream()
                        .filter(c -> c.id().equals(pageId))
                        .map(EditionView.ChapterLink::heading)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException(Messages.get("whitePaper.noSuchChapter")));
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", FiscalYear.of(year));
        model.addAttribute("edition", latest);
        model.addAttribute("editions", editions);
        model.addAttribute("chapterHeading", heading);
        model.addAttribute("body", papers.editionPage(m.code(), year, latest.number(), pageId));
        return PAGE_VIEW;
    }

    private EditionView latest(MunicipalityView m, int year) {
        List<EditionView> editions = papers.editions(m.code(), year);
        if (editions.isEmpty()) {
            throw new NotFoundException(Messages.get(
                    "whitePaper.notPublished", m.name(), FiscalYear.of(year).label()));
        }
        return editions.getLast();
    }

    private ResponseEntity<byte[]> pdf(MunicipalityView m, int year, int number) {
        IssuedDocument pdf = papers.editionPdf(m.code(), year, number);
        String filename = m.name() + "_自治体経営白書_" + FiscalYear.of(year).warekiLabel()
                + (number > 1 ? "_第" + number + "版" : "") + ".pdf";
        return Downloads.inline(filename, MediaType.APPLICATION_PDF)
                .lastModified(pdf.issuedAt())
                .body(pdf.content());
    }
}
