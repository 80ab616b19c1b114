package jp.hoshin.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./hoshin run}'s AOT training start (record_aot) runs against a throwaway data directory, never
 * {@code ./data} or HOSHIN_DATA_DIR, and without the external database's settings: it used to start the embedded
 * database on ./data, stopping the database of a Hoshin running there. The cache is written beside and moved into
 * place whole. The script's own function is run with a stub java.
 */
class LauncherScriptTest {

    @Test
    void theTrainingStartGetsAThrowawayDataDirectoryAndNoExternalDatabase(@TempDir Path tmp) throws Exception {
        String script = Files.readString(Path.of("hoshin"));
        String javaMajor = script.lines()
                .filter(l -> l.startsWith("java_major()"))
                .findFirst()
                .orElseThrow();
        int start = script.indexOf("record_aot() {");
        String function = script.substring(start, script.indexOf("\n}\n", start) + 3);

        Path bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        Path log = tmp.resolve("java-calls.log");
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                case "$*" in
                  *XshowSettings*) echo "    java.specification.version = 25" >&2; exit 0 ;;
                esac
                for a in "$@"; do case "$a" in -XX:AOTCacheOutput=*) echo cache > "${a#-XX:AOTCacheOutput=}" ;; esac; done
                echo "HOSHIN_DATA_DIR=${HOSHIN_DATA_DIR:-} URL=${SPRING_DATASOURCE_URL:-} EXISTS=$(test -d "${HOSHIN_DATA_DIR:-/nonexistent}" && echo yes)" >> "$STUB_LOG"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Path app = Files.createDirectories(tmp.resolve("app"));
        Path tmpdir = Files.createDirectories(tmp.resolve("tmp"));
        ProcessBuilder builder = new ProcessBuilder(
                "bash",
                "-c",
                "set -euo pipefail\n" + javaMajor + "\n" + function + "APP='" + app
                        + "'; AOT=\"$APP/hoshin.aot\"\nrecord_aot\n");
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", tmp.resolve("jdk").toString());
        builder.environment().put("STUB_LOG", log.toString());
        builder.environment().put("TMPDIR", tmpdir.toString());
        builder.environment()
                .put("HOSHIN_DATA_DIR", tmp.resolve("the-real-data").toString());
        builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/hoshin");
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        List<String> calls = Files.readAllLines(log);
        assertThat(calls).as("one training start").hasSize(1);
        String training = calls.getFirst();
        assertThat(training)
                .startsWith("HOSHIN_DATA_DIR=" + tmpdir.resolve("hoshin-aot-training."))
                .contains("URL= ")
                .endsWith("EXISTS=yes")
                .doesNotContain("the-real-data");
        assertThat(app.resolve("hoshin.aot")).as("the cache, moved into place").hasContent("cache");
        assertThat(app.resolve("hoshin.aot.partial")).doesNotExist();
        try (var left = Files.list(tmpdir)) {
            assertThat(left).as("the throwaway data directory is removed").isEmpty();
        }
    }
}
