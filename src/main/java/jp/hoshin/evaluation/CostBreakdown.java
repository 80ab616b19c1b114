package jp.hoshin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The cost arithmetic of one fiscal year of a sheet, in whole yen (never floating point):
 * <ul>
 * <li>事業費 = the sum of the funding sources entered (null when none is entered);</li>
 * <li>人件費 = 人工数 × 人件費単価, <b>円未満切り捨て</b> (null when either is missing);</li>
 * <li>トータルコスト = 事業費 + 人件費 (a missing part counts as nothing; null when both are missing);</li>
 * <li>単位コスト = トータルコスト ÷ the chosen indicator's actual value, <b>円未満四捨五入</b> (null when the actual is
 * missing or zero);</li>
 * <li>財源の構成比 = each source ÷ 事業費 in percent with one decimal, by the largest-remainder method so that the
 * shares add up to exactly 100.0 (empty when 事業費 is zero or missing).</li>
 * </ul>
 */
public record CostBreakdown(
        int year,
        @Nullable Long projectCost,
        @Nullable Long laborCost,
        @Nullable Long totalCost,
        @Nullable Long unitCost,
        @Nullable Long generalFund,
        List<@Nullable BigDecimal> shares,
        @Nullable Long laborUnitCost,
        @Nullable BigDecimal personYears) {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public static CostBreakdown of(YearCost cost, @Nullable Long laborUnitCost, @Nullable BigDecimal unitDenominator) {
        Long[] sources = cost.sources();
        Long project = null;
        for (Long s : sources) {
            if (s != null) {
                project = (project == null ? 0L : project) + s;
            }
        }
        Long labor = null;
        if (cost.personYears() != null && laborUnitCost != null) {
            labor = cost.personYears()
                    .multiply(BigDecimal.valueOf(laborUnitCost))
                    .setScale(0, RoundingMode.DOWN)
                    .longValueExact();
        }
        Long total = project == null && labor == null
                ? null
                : (project == null ? 0L : project) + (labor == null ? 0L : labor);
        Long unit = null;
        if (total != null && unitDenominator != null && unitDenominator.signum() > 0) {
            unit = BigDecimal.valueOf(total)
                    .divide(unitDenominator, 0, RoundingMode.HALF_UP)
                    .longValueExact();
        }
        return new CostBreakdown(
                cost.year(),
                project,
                labor,
                total,
                unit,
                cost.general(),
                shares(sources, project),
                laborUnitCost,
                cost.personYears());
    }

    /** Percent with one decimal per source (null for a source not entered), adding up to 100.0 by largest remainder. */
    static List<@Nullable BigDecimal> shares(@Nullable Long[] sources, @Nullable Long project) {
        List<@Nullable BigDecimal> result = new ArrayList<>(Arrays.asList(new BigDecimal[sources.length]));
        if (project == null || project == 0) {
            return result;
        }
        // per-mille tenths: floor(source × 1000 / project), then hand the missing tenths to the largest remainders
        long[] tenths = new long[sources.length];
        BigDecimal[] remainders = new BigDecimal[sources.length];
        long given = 0;
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] == null) {
                continue;
            }
            BigDecimal exact = BigDecimal.valueOf(sources[i])
                    .multiply(THOUSAND)
                    .divide(BigDecimal.valueOf(project), 12, RoundingMode.DOWN);
            tenths[i] = exact.setScale(0, RoundingMode.DOWN).longValue();
            remainders[i] = exact.subtract(BigDecimal.valueOf(tenths[i]));
            given += tenths[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; given < 1000 && k < order.size(); k++, given++) {
            tenths[order.get(k)]++;
        }
        for (int i = 0; i < sources.length; i++) {
            if (sources[i] != null) {
                result.set(i, BigDecimal.valueOf(tenths[i], 1));
            }
        }
        return result;
    }
}
