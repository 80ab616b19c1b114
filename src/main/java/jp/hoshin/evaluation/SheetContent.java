package jp.hoshin.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluation sheet says about its project: 事業名, 課, 予算科目 (款・項・目・細目), 根拠法令 and its kind, the
 * basic-plan element it serves, the department-plan projects and action-plan items it relates to, 事業期間
 * ({@code endYear} null = 終期なし), 新規/継続, 実施方法, 対象・意図・手段, indicators, yearly costs, and which
 * indicator (0-based, in list order) divides the トータルコスト into the 単位コスト.
 */
public record SheetContent(
        String name,
        @Nullable String sectionName,
        @Nullable String budgetKan,
        @Nullable String budgetKou,
        @Nullable String budgetMoku,
        @Nullable String budgetSaimoku,
        @Nullable String legalBasis,
        @Nullable LegalBasisKind legalBasisKind,
        @Nullable String policyElementKey,
        List<Long> planProjectIds,
        List<String> actionItemKeys,
        @Nullable Integer startYear,
        @Nullable Integer endYear,
        boolean newProject,
        Set<ImplementationMethod> methods,
        @Nullable String target,
        @Nullable String intent,
        @Nullable String means,
        List<PerformanceIndicator> indicators,
        List<YearCost> costs,
        @Nullable Integer unitCostIndicator) {

    public SheetContent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(Messages.get("evaluation.name.required"));
        }
        if (name.strip().length() > 200) {
            throw new IllegalArgumentException(Messages.get("evaluation.name.tooLong"));
        }
        name = name.strip();
        sectionName = blank(sectionName);
        budgetKan = blank(budgetKan);
        budgetKou = blank(budgetKou);
        budgetMoku = blank(budgetMoku);
        budgetSaimoku = blank(budgetSaimoku);
        legalBasis = blank(legalBasis);
        policyElementKey = blank(policyElementKey);
        target = blank(target);
        intent = blank(intent);
        means = blank(means);
        planProjectIds = planProjectIds.stream().distinct().sorted().toList();
        actionItemKeys = actionItemKeys.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        methods = Set.copyOf(new TreeSet<>(methods));
        indicators = List.copyOf(indicators);
        costs = costs.stream()
                .filter(c -> !c.isEmpty())
                .sorted(Comparator.comparingInt(YearCost::year))
                .toList();
        if (startYear != null && endYear != null && endYear < startYear) {
            throw new IllegalArgumentException(Messages.get("evaluation.period.order"));
        }
        if (unitCostIndicator != null && (unitCostIndicator < 0 || unitCostIndicator >= indicators.size())) {
            throw new IllegalArgumentException(Messages.get("evaluation.unitCost.notAnIndicator"));
        }
    }

    /** A new sheet: only its name. */
    public static SheetContent named(String name, @Nullable String sectionName) {
        return new SheetContent(
                name,
                sectionName,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                null,
                false,
                Set.of(),
                null,
                null,
                null,
                List.of(),
                List.of(),
                null);
    }

    /** This content linked to another basic-plan element (null: none). */
    public SheetContent withPolicyElementKey(@Nullable String key) {
        return new SheetContent(
                name,
                sectionName,
                budgetKan,
                budgetKou,
                budgetMoku,
                budgetSaimoku,
                legalBasis,
                legalBasisKind,
                key,
                planProjectIds,
                actionItemKeys,
                startYear,
                endYear,
                newProject,
                methods,
                target,
                intent,
                means,
                indicators,
                costs,
                unitCostIndicator);
    }

    /** This content linked to other department-plan projects. */
    public SheetContent withPlanProjectIds(List<Long> ids) {
        return new SheetContent(
                name,
                sectionName,
                budgetKan,
                budgetKou,
                budgetMoku,
                budgetSaimoku,
                legalBasis,
                legalBasisKind,
                policyElementKey,
                ids,
                actionItemKeys,
                startYear,
                endYear,
                newProject,
                methods,
                target,
                intent,
                means,
                indicators,
                costs,
                unitCostIndicator);
    }

    /** This content linked to other action-plan items. */
    public SheetContent withActionItemKeys(List<String> keys) {
        return new SheetContent(
                name,
                sectionName,
                budgetKan,
                budgetKou,
                budgetMoku,
                budgetSaimoku,
                legalBasis,
                legalBasisKind,
                policyElementKey,
                planProjectIds,
                keys,
                startYear,
                endYear,
                newProject,
                methods,
                target,
                intent,
                means,
                indicators,
                costs,
                unitCostIndicator);
    }

    /** This content marked 新規 (true) or 継続 (false). */
    public SheetContent withNewProject(boolean isNew) {
        return new SheetContent(
                name,
                sectionName,
                budgetKan,
                budgetKou,
                budgetMoku,
                budgetSaimoku,
                legalBasis,
                legalBasisKind,
                policyElementKey,
                planProjectIds,
                actionItemKeys,
                startYear,
                endYear,
                isNew,
                methods,
                target,
                intent,
                means,
                indicators,
                costs,
                unitCostIndicator);
    }

    /** This content with other yearly costs. */
    public SheetContent withCosts(List<YearCost> yearCosts) {
        return new SheetContent(
                name,
                sectionName,
                budgetKan,
                budgetKou,
                budgetMoku,
                budgetSaimoku,
                legalBasis,
                legalBasisKind,
                policyElementKey,
                planProjectIds,
                actionItemKeys,
                startYear,
                endYear,
                newProject,
                methods,
                target,
                intent,
                means,
                indicators,
                yearCosts,
                unitCostIndicator);
    }

    /** This content with other indicators. */
    public SheetContent withIndicators(List<PerformanceIndicator> list) {
        return new SheetContent(
                name,
                sectionName,
                budgetKan,
                budgetKou,
                budgetMoku,
                budgetSaimoku,
                legalBasis,
                legalBasisKind,
                policyElementKey,
                planProjectIds,
                actionItemKeys,
                startYear,
                endYear,
                newProject,
                methods,
                target,
                intent,
                means,
                list,
                costs,
                unitCostIndicator);
    }

    /**
     * This content as written through a form or workbook that shows only the years {@code shown}, with what
     * {@code stored} holds for every other year kept: the costs of those years, and the figures of those years of each
     * indicator of the same kind and name. A sheet keeps its years whatever columns the municipality's form shows.
     */
    SheetContent keepingYearsOutside(java.util.Collection<Integer> shown, SheetContent stored) {
        List<YearCost> allCosts = new java.util.ArrayList<>(costs);
        stored.costs().stream().filter(c -> !shown.contains(c.year())).forEach(allCosts::add);
        List<PerformanceIndicator> allIndicators = indicators.stream()
                .map(i -> stored.indicators().stream()
                        .filter(s -> s.kind() == i.kind() && s.name().equals(i.name()))
                        .findFirst()
                        .map(s -> {
                            List<IndicatorFigure> figures = new java.util.ArrayList<>(i.figures());
                            s.figures().stream()
                                    .filter(f -> !shown.contains(f.year()))
                                    .forEach(figures::add);
                            return i.withFigures(figures);
                        })
                        .orElse(i))
                .toList();
        return withCosts(allCosts).withIndicators(allIndicators);
    }

    public YearCost cost(int year) {
        return costs.stream().filter(c -> c.year() == year).findFirst().orElse(YearCost.empty(year));
    }

    /** The actual value of the indicator chosen for the 単位コスト in that year. */
    public @Nullable BigDecimal unitDenominator(int year) {
        return unitCostIndicator == null
                ? null
                : indicators.get(unitCostIndicator).actual(year);
    }

    public Optional<PerformanceIndicator> unitIndicator() {
        return unitCostIndicator == null ? Optional.empty() : Optional.of(indicators.get(unitCostIndicator));
    }

    /** The methods in display order, as text ("直営、委託"). */
    public String methodsText() {
        return String.join(
                "、", methods.stream().sorted().map(ImplementationMethod::label).toList());
    }

    /** "2016年度〜" or "2016年度〜2025年度" (empty when unknown). */
    public String periodText() {
        if (startYear == null && endYear == null) {
            return "";
        }
        return Messages.get(
                "evaluation.period.text",
                startYear == null ? "" : Messages.get("evaluation.period.year", startYear),
                endYear == null
                        ? Messages.get("evaluation.period.noEnd")
                        : Messages.get("evaluation.period.year", endYear));
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
