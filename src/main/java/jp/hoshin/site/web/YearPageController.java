package jp.hoshin.site.web;

import jp.hoshin.departmentplan.PlanPublicationNames;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.web.ReadOnlyPage;
import jp.hoshin.site.SiteContents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page of a fiscal year ({@code /m/{code}/{year}}): what is public of it, each linked only when it is there. */
@Controller
class YearPageController {

    static final String VIEW = "site/year";

    private final Municipalities municipalities;
    private final SiteContents contents;
    private final PlanPublicationNames publicationNames;

    YearPageController(Municipalities municipalities, SiteContents contents, PlanPublicationNames publicationNames) {
        this.municipalities = municipalities;
        this.contents = contents;
        this.publicationNames = publicationNames;
    }

    /** The address of a year's page. */
    static String href(String municipalityCode, int year) {
        return "/m/" + municipalityCode + "/" + year;
    }

    @GetMapping({"/m/{code}/{year:\\d{4}}", "/m/{code}/{year:\\d{4}}/"})
    @ReadOnlyPage
    String year(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        model.addAttribute("municipality", m);
        model.addAttribute("year", contents.year(m.code(), year));
        model.addAttribute("publicationNames", publicationNames.names(m.code()));
        return VIEW;
    }
}
