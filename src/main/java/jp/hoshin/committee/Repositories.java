package jp.hoshin.committee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeRepository extends JpaRepository<Committee, Long> {

    Optional<Committee> findByMunicipalityCodeAndFiscalYear(String municipalityCode, int fiscalYear);

    List<Committee> findByMunicipalityCodeOrderByFiscalYear(String municipalityCode);
}

interface MemberRepository extends JpaRepository<CommitteeMember, Long> {

    List<CommitteeMember> findByCommitteeIdOrderByPositionAscIdAsc(long committeeId);
}

interface MeetingRepository extends JpaRepository<CommitteeMeeting, Long> {

    List<CommitteeMeeting> findByCommitteeIdOrderByNumberAscIdAsc(long committeeId);
}

interface MeasureReviewRepository extends JpaRepository<MeasureReview, Long> {

    Optional<MeasureReview> findByMunicipalityCodeAndFiscalYearAndMeasureId(
            String municipalityCode, int fiscalYear, long measureId);

    List<MeasureReview> findByMunicipalityCodeAndFiscalYear(String municipalityCode, int fiscalYear);
}

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation>
            findByMunicipalityCodeAndMeasureIdAndFiscalYearLessThanEqualOrderByFiscalYearAscPositionAscIdAsc(
                    String municipalityCode, long measureId, int fiscalYear);

    List<Recommendation>
            findByMunicipalityCodeAndFiscalYearLessThanEqualOrderByFiscalYearAscMeasureIdAscPositionAscIdAsc(
                    String municipalityCode, int fiscalYear);

    List<Recommendation> findByMunicipalityCodeOrderByFiscalYearAscMeasureIdAscPositionAscIdAsc(
            String municipalityCode);
}

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByRecommendationIdIn(Collection<Long> recommendationIds);

    List<FollowUp> findByRecommendationIdOrderByFiscalYear(long recommendationId);
}

interface RatingSettingRepository extends JpaRepository<RatingSetting, Long> {

    Optional<RatingSetting> findByMunicipalityCode(String municipalityCode);
}
