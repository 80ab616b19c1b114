package jp.hoshin.fiscalyear;

import java.util.Optional;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffNames;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

/**
 * The fiscal-year module bootstrapped alone (plus {@code audit}, whose revision entity every audited change needs)
 * against the embedded PostgreSQL, the municipality module mocked over a row of its own: opening a year tells the
 * other modules (FiscalYearOpened, with the year before it), closing and reopening need the version the user saw.
 */
@ApplicationModuleTest(extraIncludes = "audit")
class FiscalYearModuleTest {

    private static final String M = "479991";

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    Access access;

    @MockitoBean
    StaffNames staffNames;

    @BeforeEach
    void aMunicipalityOfItsOwn() {
        jdbc.update(
                "insert into municipality (code, name, prefecture) values (?, 'モジュール試験村', '沖縄県') on conflict (code) do nothing",
                M);
        long id = jdbc.queryForObject("select id from municipality where code = ?", Long.class, M);
        MunicipalityView m = new MunicipalityView(id, M, "モジュール試験村", null, "沖縄県", true, null, 0);
        when(municipalities.get(M)).thenReturn(m);
        when(municipalities.find(M)).thenReturn(Optional.of(m));
        when(municipalities.findById(id)).thenReturn(Optional.of(m));
    }

    @Test
    void openingAYearToldTheOtherModulesWhichYearCameBefore(AssertablePublishedEvents events) {
        FiscalYearView first = fiscalYears.open(M, FiscalYear.of(2030), "planning_admin");
        FiscalYearView second = fiscalYears.open(M, FiscalYear.of(2031), "planning_admin");
        assertThat(events)
                .contains(FiscalYearOpened.class)
                .matching(e -> e.fiscalYearId() == second.id()
                        && Long.valueOf(first.id()).equals(e.previousFiscalYearId()));
        assertThat(fiscalYears.list(M))
                .extracting(FiscalYearView::year)
                .containsSubsequence(FiscalYear.of(2031), FiscalYear.of(2030));
        assertThatThrownBy(() -> fiscalYears.open(M, FiscalYear.of(2030), "planning_admin"))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("令和12（2030）年度は既に開始されています。");
    }

    @Test
    void aYearIsClosedAndReopenedOnlyFromTheVersionTheUserSaw() {
        FiscalYearView year = fiscalYears.open(M, FiscalYear.of(2032), "planning_admin");
        fiscalYears.close(M, 2032, year.version(), "planning_admin");
        FiscalYearView closed = fiscalYears.get(M, 2032);
        assertThat(closed.open()).isFalse();
        assertThatThrownBy(closed::requireOpen).hasMessage("令和14（2032）年度は締められているため変更できません。");
        assertThatThrownBy(() -> fiscalYears.reopen(M, 2032, year.version()))
                .isInstanceOf(ConcurrentEditException.class);
        fiscalYears.reopen(M, 2032, closed.version());
        assertThat(fiscalYears.get(M, 2032).open()).isTrue();
    }
}
