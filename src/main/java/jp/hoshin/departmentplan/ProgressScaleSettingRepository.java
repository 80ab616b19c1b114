package jp.hoshin.departmentplan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressScaleSettingRepository extends JpaRepository<ProgressScaleSetting, Long> {

    Optional<ProgressScaleSetting> findByMunicipalityCodeAndKind(String municipalityCode, ScaleKind kind);
}
