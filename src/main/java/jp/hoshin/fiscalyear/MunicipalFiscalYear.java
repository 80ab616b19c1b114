package jp.hoshin.fiscalyear;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** 年度 of one municipality: open for editing or closed. */
@Entity
@Audited
@Table(name = "fiscal_year")
class MunicipalFiscalYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long municipalityId;

    @Column(name = "start_year")
    private int startYear;

    @Enumerated(EnumType.STRING)
    private FiscalYearStatus status;

    private Instant openedAt;

    private String openedBy;

    private @Nullable Instant closedAt;

    private @Nullable String closedBy;

    @Version
    private long version;

    protected MunicipalFiscalYear() {}

    static MunicipalFiscalYear open(long municipalityId, FiscalYear year, String by, Instant at) {
        MunicipalFiscalYear fy = new MunicipalFiscalYear();
        fy.municipalityId = municipalityId;
        fy.startYear = year.startYear();
        fy.status = FiscalYearStatus.OPEN;
        fy.openedAt = at;
        fy.openedBy = by;
        return fy;
    }

    void close(String by, Instant at) {
        if (status == FiscalYearStatus.CLOSED) {
            throw new BusinessRuleException(Messages.get("fiscalYear.alreadyClosed", year().label()));
        }
        status = FiscalYearStatus.CLOSED;
        closedAt = at;
        closedBy = by;
    }

    void reopen() {
        if (status == FiscalYearStatus.OPEN) {
            throw new BusinessRuleException(Messages.get("fiscalYear.notClosed", year().label()));
        }
        status = FiscalYearStatus.OPEN;
        closedAt = null;
        closedBy = null;
    }

    FiscalYear year() {
        return FiscalYear.of(startYear);
    }

    FiscalYearView view(String municipalityCode) {
        return new FiscalYearView(
                id, municipalityCode, year(), status, openedAt, openedBy, closedAt, closedBy, version);
    }

    long municipalityId() {
        return municipalityId;
    }

    Long id() {
        return id;
    }
}
