package jp.hoshin.shared.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * A whole Hoshin database in one file, and back: a zip with {@code manifest.properties} (format, schema version, rows
 * per table, sequences, the personal-data key's fingerprint) and each table as PostgreSQL binary {@code COPY}, read in
 * one repeatable-read snapshot. Restoring needs an empty database: Flyway builds the schema of the backup's version,
 * the tables are copied in in foreign-key order and the sequences set, all in one transaction. Sessions and sign-in
 * throttling are not kept. The file holds the personal data still encrypted; the key is not in it (docs/security.md).
 *
 * <p>Not pg_dump: the embedded PostgreSQL artifact ships only initdb, pg_ctl and postgres, and a system pg_dump older
 * than the server (Debian 12 has 15, the server is 18) refuses to dump it. Any JDBC connection does here.</p>
 */
public final class DatabaseBackup {

    static final String FORMAT = "hoshin-backup-1";
    private static final Set<String> NOT_KEPT =
            Set.of("flyway_schema_history", "spring_session", "spring_session_attributes", "sign_in_throttle");

    private DatabaseBackup() {}

    /** What a backup holds, from its manifest. */
    public record Manifest(String schemaVersion, Instant created, Map<String, Long> rows, String keyFingerprint) {}

    public static Manifest dump(DataSource dataSource, OutputStream out, String keyFingerprint)
            throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            String version = schemaVersion(connection);
            List<String> tables = tables(connection).stream()
                    .filter(t -> !NOT_KEPT.contains(t))
                    .toList();
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schema-version", version);
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("personal-data-key-fingerprint", keyFingerprint);
            Map<String, Long> rows = new LinkedHashMap<>();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    long n = pg.getCopyAPI()
                            .copyOut("copy public." + quote(table) + " to stdout (format binary)", new NotClosing(zip));
                    zip.closeEntry();
                    rows.put(table, n);
                    manifest.setProperty("rows." + table, Long.toString(n));
                }
                for (String sequence : sequences(connection)) {
                    try (Statement s = connection.createStatement();
                            ResultSet rs =
                                    s.executeQuery("select last_value, is_called from public." + quote(sequence))) {
                        rs.next();
                        manifest.setProperty("sequence." + sequence, rs.getLong(1) + ":" + rs.getBoolean(2));
                    }
                }
                zip.putNextEntry(new ZipEntry("manifest.properties"));
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                manifest.store(text, "Hoshin backup");
                zip.write(text.toByteArray());
                zip.closeEntry();
            }
            connection.commit();
            return new Manifest(version, Instant.parse(manifest.getProperty("created")), rows, keyFingerprint);
        }
    }

    /** Restores into an empty database; refuses one that has tables. */
    public static Manifest restore(DataSource dataSource, InputStream in) throws SQLException, IOException {
        Map<String, byte[]> tables = new LinkedHashMap<>();
        Properties manifest = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("manifest.properties")) {
                    manifest = new Properties();
                    manifest.load(zip);
                } else if (entry.getName().startsWith("tables/")
                        && entry.getName().endsWith(".copy")) {
                    tables.put(entry.getName().substring(7, entry.getName().length() - 5), zip.readAllBytes());
                }
            }
        }
        if (manifest == null || !FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException("Hoshin のバックアップファイルではありません（manifest.properties がないか、形式が違います）。");
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!tables(connection).isEmpty()) {
                throw new IllegalStateException("復元先のデータベースが空ではありません。空のデータベースに復元してください。");
            }
        }
        String version = manifest.getProperty("schema-version");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(version)
                .load()
                .migrate();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<String> present = tables(connection).stream()
                    .filter(t -> !t.equals("flyway_schema_history"))
                    .toList();
            try (Statement s = connection.createStatement()) {
                s.execute("truncate "
                        + String.join(
                                ", ",
                                present.stream().map(t -> "public." + quote(t)).toList()) + " cascade");
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            for (String table : foreignKeyOrder(connection, present)) {
                byte[] data = tables.get(table);
                if (data == null) {
                    continue;
                }
                // rows a trigger wrote while earlier tables were copied (the page cache's counters) give way to the
                // backup's own
                try (Statement s = connection.createStatement()) {
                    s.execute("delete from public." + quote(table));
                }
                long n = pg.getCopyAPI()
                        .copyIn(
                                "copy public." + quote(table) + " from stdin (format binary)",
                                new ByteArrayInputStream(data));
                rows.put(table, n);
            }
            try (Statement s = connection.createStatement()) {
                for (String key : manifest.stringPropertyNames()) {
                    if (key.startsWith("sequence.")) {
                        String[] value = manifest.getProperty(key).split(":");
                        s.execute("select setval('public." + quote(key.substring(9)) + "', " + Long.parseLong(value[0])
                                + ", " + Boolean.parseBoolean(value[1]) + ")");
                    }
                }
            }
            connection.commit();
        }
        return new Manifest(
                version,
                Instant.parse(manifest.getProperty("created")),
                rows,
                manifest.getProperty("personal-data-key-fingerprint", ""));
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "select version from flyway_schema_history where success and version is not null "
                                + "order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("データベースにスキーマがありません（Flyway の履歴がありません）。");
            }
            return rs.getString(1);
        }
    }

    private static List<String> sequences(Connection connection) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "select sequencename from pg_sequences where schemaname = 'public' order by sequencename")) {
            while (rs.next()) {
                sequences.add(rs.getString(1));
            }
        }
        return sequences;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Tables referenced by others first (a table's references to itself are checked at the end of its COPY). */
    private static List<String> foreignKeyOrder(Connection connection, List<String> tables) throws SQLException {
        Map<String, Set<String>> references = new LinkedHashMap<>();
        tables.forEach(t -> references.put(t, new LinkedHashSet<>()));
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                     select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                     join pg_namespace n on n.oid = c.connamespace where c.contype = 'f' and n.nspname = 'public'""")) {
            while (rs.next()) {
                String from = rs.getString(1).replace("\"", "");
                String to = rs.getString(2).replace("\"", "");
                if (!from.equals(to) && references.containsKey(from)) {
                    references.get(from).add(to);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, references, ordered, visiting);
        }
        return ordered;
    }

    private static void visit(
            String table, Map<String, Set<String>> references, List<String> ordered, Set<String> visiting) {
        if (ordered.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String referenced : references.getOrDefault(table, Set.of())) {
            visit(referenced, references, ordered, visiting);
        }
        ordered.add(table);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The zip stays open after each table's COPY. */
    private static final class NotClosing extends FilterOutputStream {

        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
