package jp.hoshin.municipality;

import java.util.Optional;
import java.util.Set;

import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;

@Component
class MunicipalityAuditOwner implements AuditedRecordOwner {

    private final MunicipalityRepository repository;
    private final MunicipalityBrandingRepository brandings;

    MunicipalityAuditOwner(MunicipalityRepository repository, MunicipalityBrandingRepository brandings) {
        this.repository = repository;
        this.brandings = brandings;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("Municipality", "MunicipalityBranding");
    }

    @Override
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        if (entityName.equals("MunicipalityBranding")) {
            return brandings
                    .findById(id)
                    .flatMap(b -> repository.findById(b.municipalityId()))
                    .map(Municipality::code);
        }
        return repository.findById(id).map(Municipality::code);
    }
}
