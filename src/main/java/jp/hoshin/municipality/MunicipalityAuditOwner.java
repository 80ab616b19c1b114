package jp.hoshin.municipality;

import java.util.Optional;
import java.util.Set;

import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;

@Component
class MunicipalityAuditOwner implements AuditedRecordOwner {

    private final MunicipalityRepository repository;

    MunicipalityAuditOwner(MunicipalityRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("Municipality");
    }

    @Override
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        return repository.findById(id).map(Municipality::code);
    }
}
