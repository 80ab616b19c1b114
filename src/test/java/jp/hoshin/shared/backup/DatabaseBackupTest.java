package jp.hoshin.shared.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup of the demo database restored into a fresh database has every table's rows, the data itself (三鷹市, the
 * staff accounts, the encrypted personal data byte for byte) and sequences that go on after the restored ids; a
 * database that is not empty is refused.
 */
@SpringBootTest
class DatabaseBackupTest {

    private static final String FRESH = "hoshin_restore_test";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBackupRestoredIntoAFreshDatabaseHasAllTheData() throws Exception {
        jdbc.execute("drop database if exists " + FRESH + " with (force)");
        jdbc.execute("create database " + FRESH + " encoding 'UTF8' template template0 locale 'C.UTF-8'");
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DatabaseBackup.Manifest dumped = DatabaseBackup.dump(dataSource, file, "fingerprint-1");
            assertThat(dumped.rows())
                    .containsKeys("municipality", "staff_account", "opinion", "department")
                    .doesNotContainKeys("spring_session", "spring_session_attributes", "flyway_schema_history");

            DataSource fresh = fresh();
            DatabaseBackup.Manifest restored =
                    DatabaseBackup.restore(fresh, new ByteArrayInputStream(file.toByteArray()));
            assertThat(restored.rows()).isEqualTo(dumped.rows());
            assertThat(restored.keyFingerprint()).isEqualTo("fingerprint-1");

            JdbcTemplate copy = new JdbcTemplate(fresh);
            for (String table : dumped.rows().keySet()) {
                assertThat(copy.queryForObject("select count(*) from " + table, Long.class))
                        .as(table)
                        .isEqualTo(jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
            assertThat(copy.queryForObject("select name from municipality where code = '132047'", String.class))
                    .isEqualTo("三鷹市");
            String accounts = "select string_agg(username || ':' || password_hash, ',' order by id) from staff_account";
            assertThat(copy.queryForObject(accounts, String.class))
                    .isEqualTo(jdbc.queryForObject(accounts, String.class));
            String personal =
                    "select coalesce(md5(string_agg(encode(personal_data, 'hex'), ',' order by id)), '') from opinion";
            assertThat(copy.queryForObject(personal, String.class))
                    .isEqualTo(jdbc.queryForObject(personal, String.class));
            assertThat(copy.queryForObject(
                            "select version from flyway_schema_history where success and version is not null order by installed_rank desc limit 1",
                            String.class))
                    .isEqualTo(dumped.schemaVersion());
            Long maxId = copy.queryForObject("select coalesce(max(id), 0) from staff_account", Long.class);
            assertThat(copy.queryForObject("select nextval(pg_get_serial_sequence('staff_account', 'id'))", Long.class))
                    .as("new rows get new ids")
                    .isGreaterThan(maxId);

            assertThatThrownBy(() -> DatabaseBackup.restore(fresh, new ByteArrayInputStream(file.toByteArray())))
                    .hasMessage("復元先のデータベースが空ではありません。空のデータベースに復元してください。");
        } finally {
            jdbc.execute("drop database if exists " + FRESH + " with (force)");
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefused() {
        assertThatThrownBy(() -> DatabaseBackup.restore(fresh(), new ByteArrayInputStream("not a zip".getBytes())))
                .hasMessageContaining("Hoshin のバックアップファイルではありません");
    }

    private DataSource fresh() throws SQLException {
        HikariDataSource source = dataSource.unwrap(HikariDataSource.class);
        String url = source.getJdbcUrl().replaceFirst("/hoshin(\\?|$)", "/" + FRESH + "$1");
        assertThat(url).contains(FRESH);
        return new DriverManagerDataSource(url, source.getUsername(), source.getPassword());
    }
}
