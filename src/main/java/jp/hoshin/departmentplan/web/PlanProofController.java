package jp.hoshin.departmentplan.web;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.Downloads;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The planning section's and mayor's office's proof of the year's booklet, drafts included. */
@Controller
class PlanProofController {

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final PlanBooklet booklet;
    private final Access access;

    PlanProofController(Municipalities municipalities, FiscalYears fiscalYears, PlanBooklet booklet, Access access) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.booklet = booklet;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/{year}/plans/booklet.pdf")
    ResponseEntity<byte[]> proof(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        access.requireReview(m.code());
        FiscalYearView fy = fiscalYears.get(m.code(), year);
        String filename = Messages.get(
                "departmentplan.proof.fileName", m.name(), fy.year().warekiLabel());
        return Downloads.inline(filename, MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .body(booklet.proof(m, fy.year()));
    }
}
