package jp.hoshin.policyplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.hoshin.policyplan.PolicyRows.IndicatorRow;
import jp.hoshin.policyplan.PolicyRows.ValueRow;

/**
 * Judging 10,000 indicators × 10 years (target ≤ 1 s): every shape (年間 with a 中間 and a 見込, 時点, 累計, states, some
 * missing years), under today's rule and under bands, each indicator in its judgement and its 見込み judgement. Not a
 * unit test: run with {@code bench/judgement.sh} (or {@code java -cp target/classes:target/test-classes
 * jp.hoshin.policyplan.JudgementBenchmark [indicators] [rounds]} after {@code ./mvnw test-compile}).
 */
public final class JudgementBenchmark {

    private JudgementBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Random random = new Random(15);
        List<IndicatorRow> indicators = new ArrayList<>();
        List<List<ValueRow>> values = new ArrayList<>();
        Aggregation[] aggregations = Aggregation.values();
        for (int i = 0; i < count; i++) {
            boolean state = i % 10 == 9;
            Aggregation aggregation = aggregations[i % aggregations.length];
            String key = "I" + i;
            indicators.add(new IndicatorRow(
                    key,
                    "指標" + i,
                    "人",
                    null,
                    null,
                    null,
                    i % 4 == 0 ? Direction.DOWN : Direction.UP,
                    state ? TargetKind.STATE : i % 17 == 0 ? TargetKind.KEEP : TargetKind.NUMBER,
                    2024,
                    state ? null : BigDecimal.valueOf(1000 + random.nextInt(1000)),
                    null,
                    null,
                    state ? "策定" : null,
                    null,
                    aggregation));
            List<ValueRow> rows = new ArrayList<>();
            for (int year = 2015; year < 2025; year++) {
                if (state) {
                    rows.add(new ValueRow(
                            key, year, null, null, null, null, null, ValueKind.ACTUAL, year >= 2022 ? "策定" : null));
                } else if (random.nextInt(12) == 0) {
                    rows.add(new ValueRow(key, year, null, null, null, null, null));
                } else if (year == 2024) {
                    rows.add(new ValueRow(
                            key,
                            year,
                            BigDecimal.valueOf(random.nextInt(1500)),
                            null,
                            new ReferencePoint(ReferencePoint.Kind.DATE, LocalDate.of(2024, 9, 30)),
                            null,
                            null,
                            ValueKind.INTERIM,
                            null));
                    rows.add(new ValueRow(
                            key,
                            year,
                            BigDecimal.valueOf(random.nextInt(2000)),
                            null,
                            null,
                            null,
                            null,
                            ValueKind.FORECAST,
                            null));
                } else {
                    rows.add(new ValueRow(key, year, BigDecimal.valueOf(random.nextInt(2000)), null, null, null, null));
                }
            }
            values.add(rows);
        }
        JudgementScheme[] schemes = {
            JudgementScheme.progress(60), JudgementScheme.bands(JudgementBands.parse("S=100、A=80、B=50、C"))
        };
        for (JudgementScheme scheme : schemes) {
            long best = Long.MAX_VALUE;
            int judged = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                judged = 0;
                for (int i = 0; i < count; i++) {
                    IndicatorRow indicator = indicators.get(i);
                    var j = IndicatorJudgement.judge(
                            indicator,
                            indicator.targetYear(),
                            indicator.targetValue(),
                            2015,
                            scheme,
                            values.get(i),
                            2024);
                    var f = IndicatorJudgement.judgeForecast(
                            indicator,
                            indicator.targetYear(),
                            indicator.targetValue(),
                            2015,
                            scheme,
                            values.get(i),
                            2024);
                    judged += j.status().ordinal() + (f.isPresent() ? 1 : 0) >= 0 ? 1 : 0;
                }
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf(
                    "%s: %,d indicators × 10 years judged (with 見込み) in %.1f ms (best of %d rounds; target ≤ 1,000 ms)%n",
                    scheme.banded() ? "bands" : "progress", judged, best / 1e6, rounds);
        }
    }
}
