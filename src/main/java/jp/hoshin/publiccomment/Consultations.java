package jp.hoshin.publiccomment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jp.hoshin.municipality.Municipalities;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * パブリックコメント案件 — consultations on individual plans: preparation, 公示, the period (open or not by the clock
 * in Japan time) and the publication of the results with the city's view of every published opinion. Callers
 * check access first ({@code identity.Access}); a consultation in preparation is never public.
 */
@Service
@Transactional
public class Consultations {

    private final ConsultationRepository consultations;
    private final OpinionRepository opinions;
    private final OpinionItems items;
    private final ReflectionCategories categories;
    private final IndividualPlans plans;
    private final Municipalities municipalities;
    private final Clock clock;

    Consultations(
            ConsultationRepository consultations,
            OpinionRepository opinions,
            OpinionItems items,
            ReflectionCategories categories,
            IndividualPlans plans,
            Municipalities municipalities,
            Clock clock) {
        this.consultations = consultations;
        this.opinions = opinions;
        this.items = items;
        this.categories = categories;
        this.plans = plans;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ConsultationView> consultations(String municipalityCode) {
        Instant now = clock.instant();
        return consultations.findByMunicipalityCodeOrderByStartsOnDescIdDesc(municipalityCode).stream()
                .map(c -> c.view(now))
                .toList();
    }

    /** The announced consultations, as the public sees them now. */
    @Transactional(readOnly = true)
    public List<ConsultationView> publicConsultations(String municipalityCode) {
        return consultations(municipalityCode).stream()
                .filter(c -> c.status() != ConsultationStatus.PREPARING)
                .toList();
    }

    @Transactional(readOnly = true)
    public ConsultationView consultation(String municipalityCode, long id) {
        return consultations.get(municipalityCode, id).view(clock.instant());
    }

    /** The announced consultation, or not found (a consultation in preparation is not public). */
    @Transactional(readOnly = true)
    public ConsultationView publicConsultation(String municipalityCode, long id) {
        ConsultationView c = consultation(municipalityCode, id);
        if (c.status() == ConsultationStatus.PREPARING) {
            throw new NotFoundException(Messages.get("comment.consultation.notFound"));
        }
        return c;
    }

    /**
     * The next instant at which a public page listing these consultations may change by the clock alone (a
     * consultation opening or closing), if any; for the public page cache.
     */
    public static Optional<Instant> nextChange(Collection<ConsultationView> shown, Instant now) {
        return shown.stream()
                .flatMap(c -> Stream.of(c.period().opensAt(), c.period().closesAt()))
                .filter(t -> t.isAfter(now))
                .min(Comparator.naturalOrder());
    }

    /** 案件の作成: prepared, not yet public; only on the municipality's own individual plans. */
    public ConsultationView create(String municipalityCode, ConsultationContent content) {
        municipalities.get(municipalityCode);
        Set<Long> own = plans.names(municipalityCode).keySet();
        if (!own.containsAll(content.planIds())) {
            throw BusinessRuleException.about("planIds", Messages.get("comment.consultation.plansOfMunicipality"));
        }
        Consultation c = consultations.save(new Consultation(municipalityCode, content));
        consultations.flush();
        return c.view(clock.instant());
    }

    /** 公示: makes the consultation public (upcoming until its start day, then open), and the plans it consults on. */
    public void announce(String municipalityCode, long id) {
        Consultation c = consultations.get(municipalityCode, id);
        c.announce(clock.instant());
        plans.publishForConsultation(municipalityCode, c.planIdList());
    }

    /** Publishes the results (公表日 = today in Japan); every published item needs 市の考え方 and a 反映区分. */
    public void publishResults(String municipalityCode, long id, @Nullable String changes) {
        Consultation c = consultations.get(municipalityCode, id);
        ItemNumbering numbering = items.numbering(id);
        long missing = numbering.ordered().stream()
                .map(numbering::view)
                .filter(i -> !i.answered())
                .count();
        if (missing > 0) {
            throw new BusinessRuleException(Messages.get("comment.consultation.viewsMissing", missing));
        }
        c.publishResults(clock.instant(), changes);
    }

    /** The published results, or not found before they are published. */
    @Transactional(readOnly = true)
    public ConsultationResults results(String municipalityCode, long consultationId) {
        ConsultationView c = consultation(municipalityCode, consultationId);
        if (c.status() != ConsultationStatus.RESULTS_PUBLISHED) {
            throw new NotFoundException(Messages.get("comment.consultation.resultsNotPublished"));
        }
        return resultsOf(c);
    }

    /** The results as they would be published (for the handling staff's preview and the PDF). */
    @Transactional(readOnly = true)
    public ConsultationResults resultsPreview(String municipalityCode, long consultationId) {
        return resultsOf(consultation(municipalityCode, consultationId));
    }

    private ConsultationResults resultsOf(ConsultationView c) {
        Map<Long, String> planNames = plans.names(c.municipalityCode());
        Map<Long, Opinion> all = new LinkedHashMap<>();
        opinions.findByConsultationIdOrderById(c.id()).forEach(o -> all.put(o.id(), o));
        ItemNumbering numbering = items.numbering(c.id());
        List<OpinionItemView> every = items.items(c.municipalityCode(), c.id());
        Map<String, Boolean> reflectedLabels = new LinkedHashMap<>();
        categories.categories(c.municipalityCode()).forEach(r -> reflectedLabels.put(r.label(), r.reflected()));

        List<PublishedOpinion> published = new ArrayList<>();
        Map<String, Integer> byReflection = new LinkedHashMap<>();
        reflectedLabels.keySet().forEach(l -> byReflection.put(l, 0));
        int reflected = 0;
        for (OpinionItem item : numbering.ordered()) {
            OpinionItemView i = numbering.view(item);
            Long planId = all.get(i.opinionId()).planId();
            published.add(new PublishedOpinion(
                    i.number(),
                    i.topic(),
                    planId == null ? null : planNames.get(planId),
                    i.text(),
                    i.cityView(),
                    i.reflection(),
                    i.changeNote(),
                    i.sharedNumber()));
            if (i.reflection() != null) {
                byReflection.merge(i.reflection(), 1, Integer::sum);
                if (reflectedLabels.getOrDefault(i.reflection(), false)) {
                    reflected++;
                }
            }
        }
        Map<OpinionChannel, int[]> byChannel = new EnumMap<>(OpinionChannel.class);
        all.values().forEach(o -> byChannel.computeIfAbsent(o.channel(), k -> new int[2])[0]++);
        every.forEach(i -> byChannel.computeIfAbsent(all.get(i.opinionId()).channel(), k -> new int[2])[1]++);
        return new ConsultationResults(
                c,
                c.resultsPublishedOn(),
                all.size(),
                every.size(),
                every.size() - published.size(),
                reflected,
                byChannel.entrySet().stream()
                        .map(e -> new ConsultationResults.ChannelCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                byReflection.entrySet().stream()
                        .map(e -> new ConsultationResults.ReflectionCount(
                                e.getKey(), reflectedLabels.getOrDefault(e.getKey(), false), e.getValue()))
                        .toList(),
                published);
    }
}
