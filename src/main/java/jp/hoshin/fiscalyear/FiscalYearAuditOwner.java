package jp.hoshin.fiscalyear;

import java.util.Optional;
import java.util.Set;

import jp.hoshin.shared.AuditedRecordOwner;
import org.springframework.stereotype.Component;

@Component
class FiscalYearAuditOwner implements AuditedRecordOwner {

    private final FiscalYears fiscalYears;

    FiscalYearAuditOwner(FiscalYears fiscalYears) {
        this.fiscalYears = fiscalYears;
    }

    @Override
    public Set<String> entityNames() {
        return Set.of("MunicipalFiscalYear");
    }

    @Override
    public Optional<String> municipalityCodeOf(String entityName, long id) {
        return fiscalYears.findById(id).map(FiscalYearView::municipalityCode);
    }
}
