package jp.hoshin.process;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Process level, after the jar is built (failsafe, {@code ./hoshin test} = {@code mvn verify}): {@code tools/crash-consistency.sh}
 * starts the real jar on a throwaway data directory, kills it with SIGKILL during an indicator import, a workflow step
 * (公表 of a department plan) and a white paper publication, starts it again on the same data and checks that each change
 * is whole or absent. Needs curl and psql (CI installs them); elsewhere skipped when they are missing.
 */
class CrashConsistencyIT {

    @Test
    void aKilledImportWorkflowStepOrPublicationIsWholeOrAbsentAfterARestart() throws Exception {
        boolean tools = onPath("curl") && onPath("psql");
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(tools, "curl and psql are needed");
        }
        Path log = Files.createTempFile("crash-consistency", ".log");
        Process script = new ProcessBuilder(
                        "bash", "tools/crash-consistency.sh", System.getProperty("crash.rounds", "2"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = script.waitFor(15, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        if (!finished) {
            script.destroyForcibly();
        }
        assertThat(finished).as("the script finished").isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("OK: every killed change was whole or absent")
                .doesNotContain("PARTIAL");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, command).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
