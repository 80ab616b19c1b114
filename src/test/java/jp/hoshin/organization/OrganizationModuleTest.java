package jp.hoshin.organization;

import java.time.Instant;
import java.util.List;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearOpened;
import jp.hoshin.fiscalyear.FiscalYearStatus;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffNames;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.RoundTrips;
import jp.hoshin.shared.ThreadStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

/**
 * The organization module bootstrapped alone (plus {@code audit}, whose revision entity every audited change needs)
 * against the embedded PostgreSQL; the fiscal-year module is mocked over rows of its own. Departments are established
 * and renamed in an open year, refused in a closed one, and carried into the next year when it is opened
 * ({@link FiscalYearOpened}, as the fiscal-year module publishes it).
 */
@ApplicationModuleTest(extraIncludes = "audit")
class OrganizationModuleTest {

    private static final String M = "479992";

    @Autowired
    Organization organization;

    @Autowired
    Reorganization reorganization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RoundTrips roundTrips;

    @MockitoBean
    FiscalYears fiscalYears;

    @MockitoBean
    Municipalities municipalities;

    @MockitoBean
    Access access;

    @MockitoBean
    StaffNames staffNames;

    private long municipalityId;

    @BeforeEach
    void aMunicipalityOfItsOwn() {
        jdbc.update(
                "insert into municipality (code, name, prefecture) values (?, 'モジュール試験町', '沖縄県') on conflict (code) do nothing",
                M);
        municipalityId = jdbc.queryForObject("select id from municipality where code = ?", Long.class, M);
    }

    private FiscalYearView year(int startYear, FiscalYearStatus status) {
        jdbc.update(
                "insert into fiscal_year (municipality_id, start_year, status, opened_at, opened_by) values (?, ?, ?, now(), 'test')"
                        + " on conflict (municipality_id, start_year) do nothing",
                municipalityId,
                startYear,
                status.name());
        long id = jdbc.queryForObject(
                "select id from fiscal_year where municipality_id = ? and start_year = ?",
                Long.class,
                municipalityId,
                startYear);
        FiscalYearView view =
                new FiscalYearView(id, M, FiscalYear.of(startYear), status, Instant.now(), "test", null, null, 0);
        when(fiscalYears.get(M, startYear)).thenReturn(view);
        return view;
    }

    @Test
    void departmentsAreCarriedIntoTheNextYearWithTheirLineage(Scenario scenario) {
        FiscalYearView first = year(2040, FiscalYearStatus.OPEN);
        reorganization.establish(M, 2040, "kikaku", "企画部", List.of("企画経営課", "財政課"));
        reorganization.establish(M, 2040, "somu", "総務部", List.of("総務課"));
        DepartmentView kikaku = organization.department(M, 2040, "kikaku");
        reorganization.rename(M, 2040, "kikaku", kikaku.version(), "企画政策部");

        FiscalYearView second = year(2041, FiscalYearStatus.OPEN);
        scenario.publish(new FiscalYearOpened(M, second.id(), second.year(), first.id()))
                .andWaitForStateChange(() -> organization.departments(second))
                .andVerify(departments ->
                        assertThat(departments).extracting(DepartmentView::name).containsExactly("企画政策部", "総務部"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from department_lineage l join department d on d.id = l.successor_id"
                                + " where d.fiscal_year_id = ? and l.kind = 'CONTINUED'",
                        Integer.class,
                        second.id()))
                .isEqualTo(2);
    }

    @Test
    void aPageReadsTheDepartmentsDescriptionsInPlainSqlAsAWriterReadsThem() {
        FiscalYearView fy = year(2043, FiscalYearStatus.OPEN);
        reorganization.establish(M, 2043, "somu", "総務部", List.of("総務課"));
        reorganization.establish(M, 2043, "kikaku", "企画部", List.of("企画経営課", "財政課"));
        DepartmentView kikaku = organization.department(M, 2043, "kikaku");
        organization.describe(
                M,
                2043,
                "kikaku",
                kikaku.version(),
                new DepartmentProfile("三鷹 太郎", "みたか たろう", "方針", "仕事", "見出し", "使命", 12, 3_400_000L),
                List.of("企画経営課"));
        TransactionTemplate page = new TransactionTemplate(transactions);
        page.setReadOnly(true);

        List<DescribedDepartment> read = page.execute(status -> organization.described(fy));
        List<DescribedDepartment> written = organization.described(fy);

        assertThat(read).isEqualTo(written);
        assertThat(read)
                .extracting(DescribedDepartment::code)
                .containsExactlyElementsOf(organization.departments(fy).stream()
                        .map(DepartmentView::code)
                        .toList());
        assertThat(read)
                .filteredOn(d -> d.code().equals("kikaku"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.name()).isEqualTo("企画部");
                    assertThat(d.profile().headName()).isEqualTo("三鷹 太郎");
                    assertThat(d.profile().budgetYen()).isEqualTo(3_400_000L);
                });
    }

    @Test
    void theDescriptionsGoWithAnotherModulesRoundTripAndAreThenRemembered() throws Exception {
        FiscalYearView fy = year(2045, FiscalYearStatus.OPEN);
        reorganization.establish(M, 2045, "somu", "総務部", List.of("総務課"));
        reorganization.establish(M, 2045, "kikaku", "企画部", List.of("企画経営課"));
        TransactionTemplate page = new TransactionTemplate(transactions);
        page.setReadOnly(true);

        var read = ThreadStatements.during(() -> page.execute(status -> {
            RoundTrips.Carried carried = organization.describedCarried(fy).orElseThrow();
            int other = roundTrips.send(
                    List.of(RoundTrips.Statement.of("select 7 as seven")),
                    List.of(carried),
                    results -> results.list((rs, n) -> rs.getInt(1)).getFirst());
            assertThat(other).isEqualTo(7);
            // once read, nothing is offered and nothing is read again
            assertThat(organization.describedCarried(fy)).isEmpty();
            return organization.described(fy);
        }));

        assertThat(read.statements()).as("%s", read.statements()).hasSize(1);
        assertThat(read.result()).isEqualTo(organization.described(fy));
        assertThat(read.result()).extracting(DescribedDepartment::code).containsExactly("somu", "kikaku");
        // outside a page's read-only scope nothing is offered: writers read through the repositories
        assertThat(organization.describedCarried(fy)).isEmpty();
    }

    @Test
    void theLatestNamesOfEveryYearsDepartmentsReadInPlainSqlAsAWriterReadsThem() {
        FiscalYearView older = year(2046, FiscalYearStatus.OPEN);
        FiscalYearView newer = year(2047, FiscalYearStatus.OPEN);
        when(fiscalYears.list(M)).thenReturn(List.of(newer, older));
        reorganization.establish(M, 2046, "n46", "総務部", List.of());
        reorganization.establish(M, 2046, "o46", "旧部", List.of());
        reorganization.establish(M, 2047, "n46", "総務部（新）", List.of());
        reorganization.establish(M, 2047, "k47", "企画部", List.of());
        TransactionTemplate page = new TransactionTemplate(transactions);
        page.setReadOnly(true);

        var read = page.execute(status -> organization.departments(M));
        var written = new TransactionTemplate(transactions).execute(status -> organization.departments(M));

        assertThat(read).isEqualTo(written);
        // the newest year's name; a code only an older year has keeps its name there
        assertThat(read)
                .filteredOn(d -> List.of("n46", "o46", "k47").contains(d.code()))
                .extracting(d -> d.code() + "=" + d.name())
                .containsExactly("n46=総務部（新）", "k47=企画部", "o46=旧部");
    }

    @Test
    void aPageReadsTheDepartmentsWithTheirSectionsInOneRoundTripAsAWriterReadsThem() {
        FiscalYearView fy = year(2044, FiscalYearStatus.OPEN);
        reorganization.establish(M, 2044, "kikaku", "企画部", List.of("企画経営課", "財政課"));
        reorganization.establish(M, 2044, "somu", "総務部", List.of("総務課"));
        reorganization.establish(M, 2044, "kaikei", "会計課", List.of());
        TransactionTemplate page = new TransactionTemplate(transactions);
        page.setReadOnly(true);

        List<DepartmentView> read = page.execute(status -> organization.departments(fy));
        List<DepartmentView> written =
                new TransactionTemplate(transactions).execute(status -> organization.departments(fy));

        assertThat(read).isEqualTo(written);
        assertThat(read)
                .filteredOn(d -> d.code().equals("kikaku"))
                .singleElement()
                .satisfies(d ->
                        assertThat(d.sections()).extracting(SectionView::name).containsExactly("企画経営課", "財政課"));
        assertThat(read)
                .filteredOn(d -> d.code().equals("kaikei"))
                .singleElement()
                .satisfies(d -> assertThat(d.sections()).isEmpty());
    }

    @Test
    void aClosedYearsOrganizationIsNotChanged() {
        year(2042, FiscalYearStatus.CLOSED);
        assertThatThrownBy(() -> reorganization.establish(M, 2042, "kikaku", "企画部", List.of()))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("令和24（2042）年度は締められているため変更できません。");
    }
}
