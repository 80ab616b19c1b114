package jp.hoshin.publiccomment;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 過去の意見募集の取り込み — records a past consultation from the city's published results as an archived consultation,
 * all or nothing: its plan (the municipality's plan of that name, or a new one registered and published), the
 * consultation with its results published on their 公表日, per channel as many opinions as it had submitters (with no
 * submitter details and no text of their own: the archive does not say who wrote which item), and the items with the
 * numbers they had. Callers check access first and read the workbook with every problem reported
 * ({@code publiccomment.archive}).
 */
@Service
@Transactional
public class ArchivedConsultations {

    private final ConsultationRepository consultations;
    private final OpinionItemRepository items;
    private final IndividualPlanRepository plans;
    private final IndividualPlans register;
    private final ReflectionCategories categories;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ArchivedConsultations(
            ConsultationRepository consultations,
            OpinionItemRepository items,
            IndividualPlanRepository plans,
            IndividualPlans register,
            ReflectionCategories categories,
            JdbcTemplate jdbc,
            Clock clock) {
        this.consultations = consultations;
        this.items = items;
        this.plans = plans;
        this.register = register;
        this.categories = categories;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ConsultationView importArchive(String municipalityCode, ArchivedConsultation a) {
        Set<String> labels = categories.categories(municipalityCode).stream()
                .map(ReflectionCategory::label)
                .collect(java.util.stream.Collectors.toSet());
        for (ArchivedConsultation.Item i : a.items()) {
            if (i.reflection() != null && !labels.contains(i.reflection())) {
                throw new BusinessRuleException(Messages.get("comment.item.unknownReflection", i.reflection()));
            }
        }
        long planId = planNamed(municipalityCode, a);
        ConsultationContent content = new ConsultationContent(
                a.departmentCode(),
                a.title(),
                a.summary(),
                List.of(planId),
                null,
                a.period(),
                new Channels(a.submitters().getOrDefault(OpinionChannel.WEB, 0) > 0, null, null, null, null),
                ConsultationContent.DEFAULT_RETENTION_DAYS,
                a.eligibility(),
                Set.of());
        register.publishForConsultation(municipalityCode, List.of(planId));
        Consultation c = consultations.saveAndFlush(
                Consultation.archived(municipalityCode, content, a.publishedOn(), a.changes()));
        Map<OpinionChannel, Long> firstOpinion = new EnumMap<>(OpinionChannel.class);
        for (OpinionChannel channel : OpinionChannel.values()) {
            int count = a.submitters().getOrDefault(channel, 0);
            for (int n = 0; n < count; n++) {
                long id = anonymousOpinion(c, channel, planId);
                firstOpinion.putIfAbsent(channel, id);
            }
        }
        Map<Integer, OpinionItem> byNumber = new HashMap<>();
        for (ArchivedConsultation.Item i : a.items()) {
            Long opinion = firstOpinion.get(i.channel());
            if (opinion == null) {
                throw new BusinessRuleException(Messages.get(
                        "comment.archive.channelWithoutSubmitters",
                        i.number(),
                        i.channel().label()));
            }
            byNumber.put(i.number(), items.save(new OpinionItem(c.id(), opinion, i.number(), i.text())));
        }
        items.flush();
        for (ArchivedConsultation.Item i : a.items()) {
            OpinionItem shared = i.sharesAnswerOf() == null ? null : byNumber.get(i.sharesAnswerOf());
            if (i.sharesAnswerOf() != null && (shared == null || shared.answerOf() != null)) {
                throw new BusinessRuleException(Messages.get("comment.item.noSuchNumber", i.sharesAnswerOf()));
            }
            byNumber.get(i.number())
                    .answer(
                            new ItemAnswer(i.text(), i.topic(), i.cityView(), i.reflection(), i.changeNote(), null),
                            shared);
        }
        return c.view(clock.instant());
    }

    /** The municipality's plan of that name (with or without 仮称), or a new one registered for the archive. */
    private long planNamed(String municipalityCode, ArchivedConsultation a) {
        String wanted = JapaneseText.text(a.planName());
        for (IndividualPlan p : plans.findByMunicipalityCodeOrderById(municipalityCode)) {
            IndividualPlanView v = p.view();
            if (v.content().name().equals(wanted) || v.displayName().equals(wanted)) {
                return v.id();
            }
        }
        return register.register(
                        municipalityCode,
                        new IndividualPlanContent(
                                wanted,
                                false,
                                IndividualPlanKind.FORMULATION,
                                a.departmentCode(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                List.of()))
                .id();
    }

    /** An opinion with no submitter details and no text of its own (plain SQL, as every received opinion). */
    private long anonymousOpinion(Consultation c, OpinionChannel channel, long planId) {
        Long seq = jdbc.queryForObject("select nextval('opinion_receipt_seq')", Long.class);
        String number = String.format("PC-%d-%06d-ARCH", c.period().deadline().getYear(), seq == null ? 0 : seq);
        Long id = jdbc.queryForObject(
                """
                insert into opinion (consultation_id, receipt_number, channel, received_on, late, plan_id, body, group_submission, personal_data)
                values (?, ?, ?, ?, false, ?, ?, false, null) returning id""",
                Long.class,
                c.id(),
                number,
                channel.name(),
                c.period().deadline(),
                planId,
                Messages.get("comment.archive.opinionBody"));
        if (id == null) {
            throw new IllegalStateException("no id for the archived opinion");
        }
        return id;
    }
}
