#!/usr/bin/env bash
# The daily reminder job over 1,741 municipalities × 30 departments (52,230 open items, 104,460 accounts), on a
# throwaway embedded PostgreSQL under target/bench-reminders (target: the first run ≤ 60 s).
# Runs jp.hoshin.notification.ReminderJobBenchmark (src/test/java) from the test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dspotless.check.skip=true
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  jp.hoshin.notification.ReminderJobBenchmark
