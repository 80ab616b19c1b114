package jp.hoshin.committee.web;

import jp.hoshin.committee.CommitteeRatings;
import jp.hoshin.committee.CommitteeReviews;
import jp.hoshin.committee.FollowUpState;
import jp.hoshin.committee.RecommendationView;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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
 * The committee's entries on one measure in a year (staff): its rating, its 提言 with the city's 対応方針, and the
 * follow-up of earlier 提言 recorded in the year. The planning section writes them; the measure's owning department
 * reads them.
 */
@Controller
class CommitteeMeasureController {

    static final String MEASURE_VIEW = "staff/committee-measure";
    static final String RECOMMENDATION_VIEW = "staff/committee-recommendation";
    private static final String MEASURE = "/staff/m/{code}/{fy}/committee/measures/{measureId}";
    private static final String RECOMMENDATION = "/staff/m/{code}/{fy}/committee/recommendations/{id}";

    private final Municipalities municipalities;
    private final CommitteeReviews reviews;
    private final CommitteeRatings ratings;
    private final Access access;

    CommitteeMeasureController(
            Municipalities municipalities, CommitteeReviews reviews, CommitteeRatings ratings, Access access) {
        this.municipalities = municipalities;
        this.reviews = reviews;
        this.ratings = ratings;
        this.access = access;
    }

    @GetMapping(MEASURE)
    String measure(@PathVariable String code, @PathVariable int fy, @PathVariable long measureId, Model model) {
        MunicipalityView m = municipalities.get(code);
        return showMeasure(m, fy, measureId, null, null, model);
    }

    @PostMapping(MEASURE + "/rating")
    String rate(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long measureId,
            @ModelAttribute("ratingForm") RatingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        StaffReader.year(fy);
        try {
            reviews.rate(m.code(), fy, measureId, form.getVersion(), form.getRating());
            redirect.addFlashAttribute("flash", Messages.get("committee.flash.rated"));
            return "redirect:/staff/m/" + m.code() + "/" + fy + "/committee/measures/" + measureId;
        } catch (ConcurrentEditException e) {
            errors.reject("conflict", e.getMessage());
        } catch (BusinessRuleException e) {
            errors.rejectValue("rating", "rule", e.getMessage());
        }
        return showMeasure(m, fy, measureId, form, null, model);
    }

    @PostMapping(MEASURE + "/recommendations")
    String recommend(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long measureId,
            @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        StaffReader.year(fy);
        String[] typed = CommitteeForms.recommendation(form, errors);
        if (typed == null) {
            return showMeasure(m, fy, measureId, null, form, model);
        }
        reviews.recommend(m.code(), fy, measureId, typed[0], typed[1]);
        redirect.addFlashAttribute("flash", Messages.get("committee.flash.recommended"));
        return "redirect:/staff/m/" + m.code() + "/" + fy + "/committee/measures/" + measureId;
    }

    @GetMapping(RECOMMENDATION)
    String recommendation(@PathVariable String code, @PathVariable int fy, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        return showRecommendation(m, fy, id, null, null, model);
    }

    @PostMapping(RECOMMENDATION)
    String write(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        String[] typed = CommitteeForms.recommendation(form, errors);
        if (typed != null) {
            try {
                reviews.write(m.code(), id, form.getVersion(), typed[0], typed[1]);
                redirect.addFlashAttribute("flash", Messages.get("committee.flash.recommendationSaved"));
                return "redirect:/staff/m/" + m.code() + "/" + fy + "/committee/recommendations/" + id;
            } catch (ConcurrentEditException e) {
                errors.reject("conflict", e.getMessage());
            }
        }
        return showRecommendation(m, fy, id, form, null, model);
    }

    @PostMapping(RECOMMENDATION + "/remove")
    String remove(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        RecommendationView r = reviews.get(m.code(), id);
        try {
            reviews.remove(m.code(), id, version);
            redirect.addFlashAttribute("flash", Messages.get("committee.flash.recommendationRemoved"));
            return "redirect:/staff/m/" + m.code() + "/" + r.fiscalYear() + "/committee/measures/" + r.measureId();
        } catch (ConcurrentEditException | BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/staff/m/" + m.code() + "/" + fy + "/committee/recommendations/" + id;
        }
    }

    @PostMapping(RECOMMENDATION + "/follow-up")
    String followUp(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        StaffReader.year(fy);
        FollowUpState state = CommitteeForms.followUp(form, errors);
        if (state != null) {
            try {
                reviews.followUp(
                        m.code(), id, fy, form.getVersion(), state, jp.hoshin.shared.JapaneseText.text(form.getNote()));
                redirect.addFlashAttribute("flash", Messages.get("committee.flash.followedUp", state.label()));
                return "redirect:/staff/m/" + m.code() + "/" + fy + "/committee/recommendations/" + id;
            } catch (ConcurrentEditException e) {
                errors.reject("conflict", e.getMessage());
            } catch (BusinessRuleException e) {
                errors.rejectValue("state", "rule", e.getMessage());
            }
        }
        return showRecommendation(m, fy, id, null, form, model);
    }

    private String showMeasure(
            MunicipalityView m,
            int fy,
            long measureId,
            @Nullable RatingForm ratingForm,
            @Nullable RecommendationForm recommendationForm,
            Model model) {
        StaffReader reader = StaffReader.of(access, m.code());
        var year = StaffReader.year(fy);
        CommitteeReviews.MeasureYear my = reviews.measureYear(m.code(), fy, measureId);
        if (!reader.reads(my.measure())) {
            throw new AccessDeniedException(Messages.get("committee.access.department"));
        }
        if (ratingForm == null) {
            ratingForm = new RatingForm();
            ratingForm.setRating(my.rating().label());
            ratingForm.setVersion(my.rating().version());
        }
        model.addAttribute("municipality", m);
        model.addAttribute("fy", fy);
        model.addAttribute("yearLabel", year.label());
        model.addAttribute("canEdit", reader.planning());
        model.addAttribute("my", my);
        model.addAttribute("scale", ratings.scale(m.code()).labels());
        model.addAttribute("ratingForm", ratingForm);
        model.addAttribute(
                "recommendationForm", recommendationForm == null ? new RecommendationForm() : recommendationForm);
        return MEASURE_VIEW;
    }

    private String showRecommendation(
            MunicipalityView m,
            int fy,
            long id,
            @Nullable RecommendationForm recommendationForm,
            @Nullable FollowUpForm followUpForm,
            Model model) {
        StaffReader reader = StaffReader.of(access, m.code());
        var year = StaffReader.year(fy);
        RecommendationView r = reviews.get(m.code(), id);
        if (r.fiscalYear() > fy) {
            throw new NotFoundException(Messages.get("committee.recommendation.notFound"));
        }
        CommitteeReviews.MeasureYear my = reviews.measureYear(m.code(), fy, r.measureId());
        if (!reader.reads(my.measure())) {
            throw new AccessDeniedException(Messages.get("committee.access.department"));
        }
        if (recommendationForm == null) {
            recommendationForm = new RecommendationForm();
            recommendationForm.setText(r.text());
            recommendationForm.setAnswer(r.answer());
            recommendationForm.setVersion(r.version());
        }
        if (followUpForm == null) {
            FollowUpForm fresh = new FollowUpForm();
            r.entryIn(fy).ifPresent(e -> {
                fresh.setState(e.state().name());
                fresh.setNote(e.note());
            });
            fresh.setVersion(r.followUpVersionIn(fy));
            followUpForm = fresh;
        }
        model.addAttribute("municipality", m);
        model.addAttribute("fy", fy);
        model.addAttribute("yearLabel", year.label());
        model.addAttribute("madeLabel", StaffReader.year(r.fiscalYear()).label());
        model.addAttribute("canEdit", reader.planning());
        model.addAttribute("measure", my.measure());
        model.addAttribute("rec", r);
        model.addAttribute("canFollowUp", r.fiscalYear() < fy);
        model.addAttribute("states", FollowUpState.values());
        model.addAttribute("recommendationForm", recommendationForm);
        model.addAttribute("followUpForm", followUpForm);
        return RECOMMENDATION_VIEW;
    }
}
