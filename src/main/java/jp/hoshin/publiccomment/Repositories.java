package jp.hoshin.publiccomment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndividualPlanRepository extends JpaRepository<IndividualPlan, Long> {

    List<IndividualPlan> findByMunicipalityCodeOrderById(String municipalityCode);

    /** The municipality's plan, or not found (also when it belongs to another municipality). */
    default IndividualPlan get(String municipalityCode, long id) {
        return findById(id)
                .filter(p -> p.municipalityCode().equals(municipalityCode))
                .orElseThrow(() -> new NotFoundException(Messages.get("comment.plan.notFound")));
    }
}

interface DraftDocumentRepository extends JpaRepository<DraftDocument, Long> {

    @Query(
            "select new jp.hoshin.publiccomment.DraftDocumentView(d.id, d.planId, d.title, d.filename, d.sizeBytes, d.uploadedAt,"
                    + " d.withdrawnAt, d.replacedBy, d.version)"
                    + " from DraftDocument d where d.planId in ?1 order by d.planId, d.id")
    List<DraftDocumentView> viewsOf(Collection<Long> planIds);
}

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findByMunicipalityCodeOrderByStartsOnDescIdDesc(String municipalityCode);

    /** The municipality's consultation, or not found (also when it belongs to another municipality). */
    default Consultation get(String municipalityCode, long id) {
        return findById(id)
                .filter(c -> c.municipalityCode().equals(municipalityCode))
                .orElseThrow(() -> new NotFoundException(Messages.get("comment.consultation.notFound")));
    }
}

interface OpinionRepository extends JpaRepository<Opinion, Long> {

    List<Opinion> findByConsultationIdOrderById(long consultationId);

    @Query(
            value = "select o.* from opinion o join consultation c on c.id = o.consultation_id"
                    + " where o.personal_data is not null and c.deadline + c.retention_days < ?1",
            nativeQuery = true)
    List<Opinion> withExpiredPersonalData(LocalDate today);
}

interface OpinionItemRepository extends JpaRepository<OpinionItem, Long> {

    List<OpinionItem> findByConsultationIdOrderByOpinionIdAscPositionAsc(long consultationId);

    List<OpinionItem> findByOpinionIdOrderByPosition(long opinionId);

    List<OpinionItem> findByAnswerOf(long answerOf);

    /** The consultation's item, or not found. */
    default OpinionItem get(long consultationId, long id) {
        return findById(id)
                .filter(i -> i.consultationId() == consultationId)
                .orElseThrow(() -> new NotFoundException(Messages.get("comment.item.notFound")));
    }
}

interface ReflectionListRepository extends JpaRepository<ReflectionList, Long> {

    java.util.Optional<ReflectionList> findByMunicipalityCode(String municipalityCode);
}
