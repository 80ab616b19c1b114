package jp.hoshin;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityBrandings;
import jp.hoshin.organization.Organization;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's read-only transaction looks the municipality, its year and its branding up with plain SQL; a writing
 * transaction through the repositories. Both give the same views: every column, a closed year, a branding with colour
 * and logo, none, departments with and without sections, and what does not exist.
 */
@SpringBootTest
class PageLookupsTest {

    private static final String CODE = "479982";

    @Autowired
    Municipalities municipalities;

    @Autowired
    FiscalYears fiscalYears;

    @Autowired
    MunicipalityBrandings brandings;

    @Autowired
    Organization organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void plainSqlInAPageGivesWhatTheRepositoriesGive() {
        jdbc.update(
                "insert into municipality (code, name, name_kana, prefecture, sample, public_note) values"
                        + " (?, '照合試験町', 'しょうごうしけんちょう', '沖縄県', false, '注記') on conflict (code) do nothing",
                CODE);
        long id = jdbc.queryForObject("select id from municipality where code = ?", Long.class, CODE);
        jdbc.update(
                "insert into fiscal_year (municipality_id, start_year, status, opened_at, opened_by, closed_at, closed_by)"
                        + " values (?, 2031, 'CLOSED', now(), '照合', now(), '照合'), (?, 2032, 'OPEN', now(), '照合', null, null)"
                        + " on conflict do nothing",
                id,
                id);
        jdbc.update(
                "insert into municipality_branding (municipality_id, accent_colour, logo, logo_type, logo_sha256)"
                        + " values (?, '#1a5fb4', '\\x00'::bytea, 'image/png', repeat('a', 64)) on conflict do nothing",
                id);
        long yearId = jdbc.queryForObject(
                "select id from fiscal_year where municipality_id = ? and start_year = 2032", Long.class, id);
        jdbc.update(
                "insert into department (fiscal_year_id, code, name, display_order, head_name, mission, staff_count,"
                        + " budget_yen) values (?, 'b', '乙部', 1, '部長名', '使命', 12, 3400000), (?, 'a', '甲部', 1, null,"
                        + " null, null, null), (?, 'c', '丙部', 0, null, null, 0, 0) on conflict do nothing",
                yearId,
                yearId,
                yearId);
        long b = jdbc.queryForObject(
                "select id from department where fiscal_year_id = ? and code = 'b'", Long.class, yearId);
        jdbc.update(
                "insert into section (department_id, name, display_order) values (?, '二課', 2), (?, '一課', 1)"
                        + " on conflict do nothing",
                b,
                b);
        TransactionTemplate reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        TransactionTemplate writing = new TransactionTemplate(transactions);
        for (String code : List.of(CODE, "132047", "990001", "000000")) {
            Object read = reading.execute(s -> municipalities.find(code));
            assertThat(read).as(code).isEqualTo(writing.execute(s -> municipalities.find(code)));
            for (int year : List.of(2020, 2024, 2031, 2032, 1999)) {
                read = reading.execute(s -> fiscalYears.find(code, year));
                assertThat(read).as(code + " " + year).isEqualTo(writing.execute(s -> fiscalYears.find(code, year)));
            }
            for (int y : List.of(2020, 2024, 2032)) {
                var fy = fiscalYears.find(code, y);
                if (fy.isPresent()) {
                    read = reading.execute(s -> organization.departments(fy.get()));
                    assertThat(read)
                            .as(code + " " + y + " departments")
                            .isEqualTo(writing.execute(s -> organization.departments(fy.get())));
                }
            }
            var found = municipalities.find(code);
            if (found.isPresent()) {
                read = reading.execute(s -> brandings.branding(found.get()));
                assertThat(read).as(code).isEqualTo(writing.execute(s -> brandings.branding(found.get())));
                // as a page reads it: with the municipality's row, in the same transaction
                read = reading.execute(s -> brandings.branding(municipalities.get(code)));
                assertThat(read)
                        .as(code + " with the municipality")
                        .isEqualTo(writing.execute(s -> brandings.branding(found.get())));
            }
        }
        var town = municipalities.get(CODE);
        assertThat(town.publicNote()).isEqualTo("注記");
        var closed = reading.execute(s -> fiscalYears.find(CODE, 2031));
        assertThat(closed.orElseThrow().closedAt()).isNotNull();
        var branding = reading.execute(s -> brandings.branding(town));
        assertThat(branding.accentColour()).isNotNull();
        assertThat(branding.hasLogo()).isTrue();
        var departments = reading.execute(s -> organization.departments(fiscalYears.get(CODE, 2032)));
        assertThat(departments)
                .extracting(d -> d.code())
                .containsExactly("c", "b", "a"); // 乙 (U+4E59) before 甲 (U+7532)
        assertThat(departments.get(1).sections()).extracting(sec -> sec.name()).containsExactly("一課", "二課");
        assertThat(departments.get(1).profile().budgetYen()).isEqualTo(3400000L);
    }
}
