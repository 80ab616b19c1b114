package jp.hoshin.customfield;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DefinitionRepository extends JpaRepository<FieldDefinition, Long> {

    List<FieldDefinition> findByMunicipalityCodeOrderByTargetAscPositionAscIdAsc(String municipalityCode);

    List<FieldDefinition> findByMunicipalityCodeAndTargetOrderByPositionAscIdAsc(
            String municipalityCode, FieldTarget target);

    Optional<FieldDefinition> findByIdAndMunicipalityCode(long id, String municipalityCode);

    boolean existsByMunicipalityCodeAndTargetAndLabel(String municipalityCode, FieldTarget target, String label);
}

interface ValuesRepository extends JpaRepository<FieldValues, Long> {

    Optional<FieldValues> findByTargetAndOwnerId(FieldTarget target, long ownerId);

    List<FieldValues> findByTargetAndOwnerIdIn(FieldTarget target, Collection<Long> ownerIds);
}
