package jp.hoshin.whitepaper.web;

import java.time.LocalDate;
import java.util.List;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.JapaneseDates;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.FormChecks;
import jp.hoshin.shared.web.TypedForm;
import jp.hoshin.whitepaper.ChapterChoice;
import jp.hoshin.whitepaper.EditionView;
import jp.hoshin.whitepaper.FrontMatter;
import jp.hoshin.whitepaper.WhitePapers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning section's white paper page: front matter and chapter choice, the proof (PDF and pages from the
 * current data), publication of an edition and the editions issued. The mayor's office reads and checks the proof.
 */
@Controller
class WhitePaperStaffController {

    static final String YEARS_VIEW = "staff/white-papers";
    static final String VIEW = "staff/white-paper";
    static final String PROOF_VIEW = "staff/white-paper-proof";

    /** The longest reason for a revised edition (shown on the public pages). */
    private static final int NOTE_MAX = 1000;

    private final Municipalities municipalities;
    private final WhitePapers papers;
    private final Access access;

    WhitePaperStaffController(Municipalities municipalities, WhitePapers papers, Access access) {
        this.municipalities = municipalities;
        this.papers = papers;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/white-paper")
    String years(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireReview(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("years", papers.years(m.code()));
        return YEARS_VIEW;
    }

    @GetMapping("/staff/m/{code}/{year}/white-paper")
    String show(@PathVariable String code, @PathVariable int year, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireReview(m.code());
        WhitePapers.Settings settings = papers.settings(m.code(), year);
        return view(m, year, settings, PaperForm.of(settings), model);
    }

    @PostMapping("/staff/m/{code}/{year}/white-paper")
    String save(
            @PathVariable String code,
            @PathVariable int year,
            @ModelAttribute("form") PaperForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        FormChecks.required(errors, "title", form.getTitle(), "表題", 200);
        FormChecks.optional(errors, "subtitle", form.getSubtitle(), "副題", 200);
        FormChecks.optional(errors, "issuer", form.getIssuer(), "発行担当", 200);
        FormChecks.optional(errors, "address", form.getAddress(), "所在地", 300);
        LocalDate issuedOn = null;
        String issued = JapaneseText.text(form.getIssuedOn());
        if (!issued.isEmpty()) {
            try {
                issuedOn = JapaneseDates.parse(issued)
                        .map(JapaneseDates.Parsed::date)
                        .orElse(null);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("issuedOn", "date", Messages.get("whitePaper.issuedOn.invalid", e.getMessage()));
            }
        }
        ChapterChoice chapters = new ChapterChoice(
                form.getBasicPlanKey(),
                form.getStrategyKey(),
                form.getActionPlanKey(),
                form.isDepartmentResults(),
                text(form.getIntroBasicPlan()),
                text(form.getIntroActionPlan()),
                text(form.getIntroResults()),
                form.isEvaluations(),
                text(form.getIntroEvaluations()),
                form.isMeasureEvaluations(),
                text(form.getIntroMeasureEvaluations()));
        if (chapters.empty()) {
            errors.rejectValue("basicPlanKey", "chapters", Messages.get("whitePaper.chapters.required"));
        }
        WhitePapers.Settings settings = papers.settings(m.code(), year);
        if (errors.hasErrors()) {
            return view(m, year, settings, form, model);
        }
        try {
            papers.save(
                    m.code(),
                    year,
                    form.getVersion(),
                    new FrontMatter(
                            JapaneseText.text(form.getTitle()),
                            text(form.getSubtitle()),
                            issuedOn,
                            text(form.getForeword()),
                            text(form.getIssuer()),
                            text(form.getAddress()),
                            text(form.getContact()),
                            text(form.getOpinionNote())),
                    chapters);
        } catch (ConcurrentEditException e) {
            model.addAttribute("formError", Messages.get("whitePaper.concurrentSave"));
            return view(m, year, settings, form, model);
        } catch (IllegalArgumentException | BusinessRuleException e) {
            model.addAttribute("formError", e.getMessage());
            return view(m, year, settings, form, model);
        }
        redirect.addFlashAttribute("flash", Messages.get("whitePaper.flash.saved"));
        return "redirect:/staff/m/" + m.code() + "/" + year + "/white-paper";
    }

    @GetMapping("/staff/m/{code}/{year}/white-paper/proof.pdf")
    ResponseEntity<byte[]> proofPdf(@PathVariable String code, @PathVariable int year) {
        MunicipalityView m = municipalities.get(code);
        access.requireReview(m.code());
        byte[] pdf = papers.proofPdf(m.code(), year);
        return Downloads.inline(
                        m.name() + "_自治体経営白書_" + FiscalYear.of(year).warekiLabel() + "_確認用.pdf",
                        MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    @GetMapping({"/staff/m/{code}/{year}/white-paper/proof", "/staff/m/{code}/{year}/white-paper/proof/{page:[a-z-]+}"})
    String proofPage(
            @PathVariable String code,
            @PathVariable int year,
            @PathVariable(required = false) @Nullable String page,
            Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireReview(m.code());
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", FiscalYear.of(year));
        WhitePapers.ProofPage proof = papers.proofPage(m.code(), year, page == null ? "index" : page);
        model.addAttribute("chapterHeading", proof.chapterHeading());
        model.addAttribute("body", proof.html());
        return PROOF_VIEW;
    }

    @PostMapping("/staff/m/{code}/{year}/white-paper/publish")
    String publish(
            @PathVariable String code,
            @PathVariable int year,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            String reason = text(note);
            if (reason != null && reason.length() > NOTE_MAX) {
                throw new FieldRefusal(
                        "note",
                        Messages.get(
                                "form.tooLongNow",
                                Messages.get("whitePaper.revisionReason.label"),
                                NOTE_MAX,
                                reason.length()));
            }
            EditionView edition = papers.publish(m.code(), year, reason, access.currentUsername());
            redirect.addFlashAttribute(
                    "flash",
                    Messages.get(
                            "whitePaper.flash.published", FiscalYear.of(year).label(), edition.label()));
        } catch (BusinessRuleException | FieldRefusal e) {
            TypedForm.keep(redirect, e);
        }
        return "redirect:/staff/m/" + m.code() + "/" + year + "/white-paper";
    }

    private String view(MunicipalityView m, int year, WhitePapers.Settings settings, PaperForm form, Model model) {
        model.addAttribute("municipality", m);
        model.addAttribute("fiscalYear", FiscalYear.of(year));
        model.addAttribute("settings", settings);
        model.addAttribute("form", form);
        model.addAttribute("canEdit", access.canAdminister(m.code()));
        model.addAttribute("unsupported", settings.saved() ? papers.unsupportedCharacters(m.code(), year) : List.of());
        return VIEW;
    }

    private static @Nullable String text(@Nullable String value) {
        String text = value == null ? "" : value.strip();
        return text.isEmpty() ? null : text;
    }
}
