package jp.hoshin.departmentplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationNameSettingRepository extends JpaRepository<PublicationNameSetting, Long> {

    Optional<PublicationNameSetting> findByMunicipalityCode(String municipalityCode);
}
