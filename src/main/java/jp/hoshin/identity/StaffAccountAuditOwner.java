package jp.hoshin.identity;

import java.util.Optional;
import java.util.Set;

import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;

@Component
class StaffAccountAuditOwner implements AuditedRecordOwner {

    private final StaffAccountRepository accounts;

    StaffAccountAuditOwner(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("StaffAccount");
    }

    @Override
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        return accounts.findById(id).map(StaffAccount::municipalityCode);
    }
}
