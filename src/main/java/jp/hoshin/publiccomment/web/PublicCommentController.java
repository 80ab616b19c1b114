package jp.hoshin.publiccomment.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.publiccomment.ConsultationResults;
import jp.hoshin.publiccomment.ConsultationStatus;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.Consultations;
import jp.hoshin.publiccomment.IndividualPlanView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.OpinionSubmission;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.Receipt;
import jp.hoshin.publiccomment.TooManySubmissions;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.Downloads;
import jp.hoshin.shared.web.PublicPages;
import org.springframework.http.HttpHeaders;
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

/**
 * The public side of パブリックコメント: consultations open now, upcoming, closed and with results; each with its
 * plans and drafts; the opinion form while open; the receipt; the results PDF; a page per individual plan.
 * Pages that change with the clock tell the public page cache until when they are valid.
 */
@Controller
class PublicCommentController {

    static final String LIST_VIEW = "site/comments";
    static final String CONSULTATION_VIEW = "site/comment";
    static final String FORM_VIEW = "site/comment-form";
    static final String RECEIPT_VIEW = "site/comment-receipt";
    static final String PLAN_VIEW = "site/individual-plan";

    private final Municipalities municipalities;
    private final Consultations consultations;
    private final IndividualPlans plans;
    private final Opinions opinions;
    private final PolicyPlans policyPlans;
    private final ResultsDocument resultsDocument;
    private final DepartmentDirectory departments;
    private final Clock clock;

    PublicCommentController(
            Municipalities municipalities,
            Consultations consultations,
            IndividualPlans plans,
            Opinions opinions,
            PolicyPlans policyPlans,
            ResultsDocument resultsDocument,
            DepartmentDirectory departments,
            Clock clock) {
        this.departments = departments;
        this.municipalities = municipalities;
        this.consultations = consultations;
        this.plans = plans;
        this.opinions = opinions;
        this.policyPlans = policyPlans;
        this.resultsDocument = resultsDocument;
        this.clock = clock;
    }

    @GetMapping("/m/{code}/comments")
    String list(@PathVariable String code, Model model, HttpServletRequest request) {
        MunicipalityView m = municipalities.get(code);
        List<ConsultationView> all = consultations.publicConsultations(m.code());
        Consultations.nextChange(all, clock.instant()).ifPresent(t -> PublicPages.validUntil(request, t));
        Map<ConsultationStatus, List<ConsultationView>> by =
                all.stream().collect(Collectors.groupingBy(ConsultationView::status));
        model.addAttribute("municipality", m);
        model.addAttribute("open", by.getOrDefault(ConsultationStatus.OPEN, List.of()));
        model.addAttribute("upcoming", by.getOrDefault(ConsultationStatus.UPCOMING, List.of()));
        model.addAttribute("closed", by.getOrDefault(ConsultationStatus.CLOSED, List.of()));
        model.addAttribute("results", by.getOrDefault(ConsultationStatus.RESULTS_PUBLISHED, List.of()));
        model.addAttribute("plans", plans.publishedPlans(m.code()));
        return LIST_VIEW;
    }

    @GetMapping("/m/{code}/comments/{id}")
    String consultation(@PathVariable String code, @PathVariable long id, Model model, HttpServletRequest request) {
        MunicipalityView m = municipalities.get(code);
        ConsultationView c = consultations.publicConsultation(m.code(), id);
        Consultations.nextChange(List.of(c), clock.instant()).ifPresent(t -> PublicPages.validUntil(request, t));
        describe(model, m, c);
        if (c.status() == ConsultationStatus.RESULTS_PUBLISHED) {
            model.addAttribute("results", consultations.results(m.code(), id));
            model.addAttribute("contact", contact(m, c));
        }
        return CONSULTATION_VIEW;
    }

    @GetMapping("/m/{code}/comments/{id}/results.pdf")
    ResponseEntity<byte[]> resultsPdf(@PathVariable String code, @PathVariable long id) {
        MunicipalityView m = municipalities.get(code);
        ConsultationResults results = consultations.results(m.code(), id);
        byte[] pdf = resultsDocument.published(m, results, contact(m, results.consultation()));
        return Downloads.inline("パブリックコメント結果_" + id + ".pdf", MediaType.APPLICATION_PDF)
                .body(pdf);
    }

    @GetMapping("/m/{code}/comments/{id}/opinion")
    String form(@PathVariable String code, @PathVariable long id, Model model, HttpServletRequest request) {
        PublicPages.personal(request);
        MunicipalityView m = municipalities.get(code);
        ConsultationView c = consultations.publicConsultation(m.code(), id);
        describe(model, m, c);
        OpinionForm form = new OpinionForm();
        if (c.content().planIds().size() == 1) {
            form.setPlanId(String.valueOf(c.content().planIds().getFirst()));
        }
        model.addAttribute("form", form);
        return FORM_VIEW;
    }

    @PostMapping("/m/{code}/comments/{id}/opinion")
    String submit(
            @PathVariable String code,
            @PathVariable long id,
            @ModelAttribute("form") OpinionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        MunicipalityView m = municipalities.get(code);
        ConsultationView c = consultations.publicConsultation(m.code(), id);
        OpinionSubmission submission =
                form.check(errors, c.content().planIds(), c.content().requiredDetails());
        if (submission == null) {
            describe(model, m, c);
            response.setStatus(422);
            model.addAttribute("hasErrors", true);
            return FORM_VIEW;
        }
        try {
            Receipt receipt = opinions.submit(m.code(), id, submission, request.getRemoteAddr());
            // the number travels in the address, not in the session: nothing is written to the session after the
            // opinion
            // is stored, so a second click or a busy session store cannot turn a stored opinion into an error page
            return "redirect:/m/" + m.code() + "/comments/" + id + "/receipt?number=" + receipt.number();
        } catch (TooManySubmissions e) {
            describe(model, m, c);
            response.setStatus(429);
            model.addAttribute("refusal", e.getMessage());
            return FORM_VIEW;
        } catch (BusinessRuleException e) {
            response.setStatus(409);
            describe(model, m, consultations.publicConsultation(m.code(), id));
            model.addAttribute("refusal", e.getMessage());
            return FORM_VIEW;
        }
    }

    @GetMapping("/m/{code}/comments/{id}/receipt")
    String receipt(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String number,
            Model model,
            HttpServletResponse response) {
        MunicipalityView m = municipalities.get(code);
        describe(model, m, consultations.publicConsultation(m.code(), id));
        if (opinions.received(m.code(), id, number)) {
            model.addAttribute("receipt", number);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return RECEIPT_VIEW;
    }

    @GetMapping("/m/{code}/individual-plans/{id}")
    String plan(@PathVariable String code, @PathVariable long id, Model model, HttpServletRequest request) {
        MunicipalityView m = municipalities.get(code);
        IndividualPlanView plan = plans.publishedPlan(m.code(), id);
        List<ConsultationView> onPlan = consultations.publicConsultations(m.code()).stream()
                .filter(c -> c.content().planIds().contains(plan.id()))
                .toList();
        Consultations.nextChange(onPlan, clock.instant()).ifPresent(t -> PublicPages.validUntil(request, t));
        model.addAttribute("municipality", m);
        model.addAttribute("plan", plan);
        model.addAttribute("documents", plans.publicDocuments(m.code(), List.of(plan.id())));
        model.addAttribute(
                "linkable",
                policyPlans.linkable(m.code()).stream()
                        .collect(Collectors.toMap(PolicyPlans.LinkableElement::key, Function.identity(), (a, b) -> a)));
        model.addAttribute("consultations", onPlan);
        return PLAN_VIEW;
    }

    @GetMapping("/m/{code}/individual-plans/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long documentId) {
        MunicipalityView m = municipalities.get(code);
        Map.Entry<String, byte[]> file = plans.documentFile(m.code(), documentId)
                .orElseThrow(() -> new NotFoundException(Messages.get("comment.document.notFound")));
        return Downloads.inline(file.getKey(), MediaType.APPLICATION_PDF)
                .header("X-Content-Type-Options", "nosniff")
                .body(file.getValue());
    }

    private ResultsContact contact(MunicipalityView m, ConsultationView c) {
        return ResultsContact.of(
                departments,
                c,
                c.content().planIds().stream().map(p -> plans.plan(m.code(), p)).toList());
    }

    private void describe(Model model, MunicipalityView m, ConsultationView c) {
        List<IndividualPlanView> consultationPlans =
                c.content().planIds().stream().map(p -> plans.plan(m.code(), p)).toList();
        model.addAttribute("municipality", m);
        model.addAttribute("consultation", c);
        model.addAttribute("consultationPlans", consultationPlans);
        model.addAttribute(
                "documents",
                plans.publicDocuments(m.code(), c.content().planIds()).stream()
                        .collect(Collectors.groupingBy(d -> d.planId())));
    }
}
