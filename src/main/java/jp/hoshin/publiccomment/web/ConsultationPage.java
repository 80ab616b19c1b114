package jp.hoshin.publiccomment.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.publiccomment.ConsultationView;
import jp.hoshin.publiccomment.IndividualPlans;
import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.publiccomment.OpinionItemView;
import jp.hoshin.publiccomment.OpinionItems;
import jp.hoshin.publiccomment.Opinions;
import jp.hoshin.publiccomment.Publication;
import jp.hoshin.publiccomment.ReflectionCategories;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The staff page of one consultation (its opinions, their items and answers, the forms), shown by
 * {@link ConsultationStaffController} and again by {@link OpinionStaffController} with a refused form as typed. Callers
 * check access first; {@code handle}: the reader handles the consultation (and sees personal data).
 */
@Component
class ConsultationPage {

    private final IndividualPlans plans;
    private final Opinions opinions;
    private final OpinionItems items;
    private final ReflectionCategories categories;

    ConsultationPage(IndividualPlans plans, Opinions opinions, OpinionItems items, ReflectionCategories categories) {
        this.plans = plans;
        this.opinions = opinions;
        this.items = items;
        this.categories = categories;
    }

    String show(MunicipalityView m, ConsultationView c, boolean handle, Model model) {
        long id = c.id();
        model.addAttribute("municipality", m);
        model.addAttribute("consultation", c);
        model.addAttribute("canHandle", handle);
        model.addAttribute(
                "plans",
                plans.plans(m.code()).stream()
                        .filter(p -> c.content().planIds().contains(p.id()))
                        .toList());
        model.addAttribute("planNames", plans.names(m.code()));
        model.addAttribute("opinions", opinions.opinions(m.code(), id, handle));
        List<OpinionItemView> all = items.items(m.code(), id);
        model.addAttribute("itemsByOpinion", all.stream().collect(Collectors.groupingBy(OpinionItemView::opinionId)));
        Map<Long, ItemForm> forms = new HashMap<>();
        all.forEach(i -> forms.put(i.id(), ItemForm.of(i)));
        if (model.getAttribute("itemForm") instanceof ItemForm typed
                && model.getAttribute("itemFormId") instanceof Long typedId) {
            forms.put(typedId, typed);
        }
        model.addAttribute("itemForms", forms);
        model.addAttribute("reflections", categories.categories(m.code()));
        model.addAttribute(
                "channels",
                Arrays.stream(OpinionChannel.values())
                        .filter(ch -> ch != OpinionChannel.WEB)
                        .toList());
        model.addAttribute("publications", Publication.values());
        return ConsultationStaffController.CONSULTATION_VIEW;
    }
}
