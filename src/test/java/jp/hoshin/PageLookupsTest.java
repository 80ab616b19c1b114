package jp.hoshin;

import java.util.List;

import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityBrandings;
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
 * and logo, none, and what does not exist.
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
            var found = municipalities.find(code);
            if (found.isPresent()) {
                read = reading.execute(s -> brandings.branding(found.get()));
                assertThat(read).as(code).isEqualTo(writing.execute(s -> brandings.branding(found.get())));
            }
        }
        var town = municipalities.get(CODE);
        assertThat(town.publicNote()).isEqualTo("注記");
        var closed = reading.execute(s -> fiscalYears.find(CODE, 2031));
        assertThat(closed.orElseThrow().closedAt()).isNotNull();
        var branding = reading.execute(s -> brandings.branding(town));
        assertThat(branding.accentColour()).isNotNull();
        assertThat(branding.hasLogo()).isTrue();
    }
}
