package jp.hoshin.publiccomment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
    private final IndividualPlans plans;
    private final Municipalities municipalities;
    private final Clock clock;

    Consultations(
            ConsultationRepository consultations,
            OpinionRepository opinions,
            IndividualPlans plans,
            Municipalities municipalities,
            Clock clock) {
        this.consultations = consultations;
        this.opinions = opinions;
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
            throw new BusinessRuleException(Messages.get("comment.consultation.plansOfMunicipality"));
        }
        Consultation c = consultations.save(new Consultation(municipalityCode, content));
        consultations.flush();
        return c.view(clock.instant());
    }

    /** 公示: makes the consultation public (upcoming until its start day, then open). */
    public void announce(String municipalityCode, long id) {
        consultations.get(municipalityCode, id).announce(clock.instant());
    }

    /** Publishes the results; every opinion that is published needs the city's view. */
    public void publishResults(String municipalityCode, long id, @Nullable String changes) {
        Consultation c = consultations.get(municipalityCode, id);
        long missing = opinions.findByConsultationIdOrderById(id).stream()
                .map(o -> o.view(null))
                .filter(o -> o.publication() != Publication.WITHHELD
                        && (o.cityView() == null || o.cityView().isBlank()))
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
        List<OpinionView> all = opinions.findByConsultationIdOrderById(c.id()).stream()
                .map(o -> o.view(null))
                .toList();
        List<OpinionView> shown = all.stream()
                .filter(o -> o.publication() != Publication.WITHHELD)
                .sorted(Comparator.comparing((OpinionView o) -> o.topic() == null ? "\uffff" : o.topic())
                        .thenComparing(OpinionView::id))
                .toList();
        List<PublishedOpinion> published = new ArrayList<>();
        int n = 1;
        for (OpinionView o : shown) {
            boolean summarised = o.publication() == Publication.SUMMARY;
            published.add(new PublishedOpinion(
                    n++,
                    o.topic(),
                    o.planId() == null ? null : planNames.get(o.planId()),
                    summarised ? o.summary() : o.body(),
                    summarised,
                    o.cityView(),
                    o.draftChanged(),
                    o.changeNote()));
        }
        int opinionCount = all.stream().mapToInt(OpinionView::opinionCount).sum();
        return new ConsultationResults(
                c,
                all.size(),
                opinionCount,
                (int) all.stream()
                        .filter(o -> o.publication() == Publication.WITHHELD)
                        .count(),
                published);
    }
}
