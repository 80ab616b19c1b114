#!/usr/bin/env bash
# Judging 10,000 indicators × 10 years (target ≤ 1 s): bench/judgement.sh [indicators] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile -Dspotless.check.skip=true
java -cp target/classes:target/test-classes jp.hoshin.policyplan.JudgementBenchmark "${1:-10000}" "${2:-7}"
