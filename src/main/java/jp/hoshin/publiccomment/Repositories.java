package jp.hoshin.publiccomment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndividualPlanRepository extends JpaRepository<IndividualPlan, Long> {

    List<IndividualPlan> findByMunicipalityCodeOrderById(String municipalityCode);
}

interface DraftDocumentRepository extends JpaRepository<DraftDocument, Long> {

    @Query("select new jp.hoshin.publiccomment.DraftDocumentView(d.id, d.planId, d.title, d.filename, d.sizeBytes, d.uploadedAt)"
            + " from DraftDocument d where d.planId in ?1 order by d.planId, d.id")
    List<DraftDocumentView> viewsOf(Collection<Long> planIds);
}

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findByMunicipalityCodeOrderByStartsOnDescIdDesc(String municipalityCode);
}

interface OpinionRepository extends JpaRepository<Opinion, Long> {

    List<Opinion> findByConsultationIdOrderById(long consultationId);

    @Query(value = "select o.* from opinion o join consultation c on c.id = o.consultation_id"
            + " where o.personal_data is not null and c.deadline + c.retention_days < ?1", nativeQuery = true)
    List<Opinion> withExpiredPersonalData(java.time.LocalDate today);
}
