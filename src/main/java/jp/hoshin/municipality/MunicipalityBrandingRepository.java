package jp.hoshin.municipality;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityBrandingRepository extends JpaRepository<MunicipalityBranding, Long> {

    Optional<MunicipalityBranding> findByMunicipalityId(long municipalityId);

    /** The logo's bytes only when its fingerprint is the one asked for. */
    @Query("select b.logo from MunicipalityBranding b where b.municipalityId = ?1 and b.logoSha256 = ?2")
    Optional<byte[]> findLogo(long municipalityId, String sha256);
}
