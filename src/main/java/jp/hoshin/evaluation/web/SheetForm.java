package jp.hoshin.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.hoshin.evaluation.EvaluationSheetView;
import jp.hoshin.evaluation.ImplementationMethod;
import jp.hoshin.evaluation.IndicatorFigure;
import jp.hoshin.evaluation.IndicatorKind;
import jp.hoshin.evaluation.LegalBasisKind;
import jp.hoshin.evaluation.PerformanceIndicator;
import jp.hoshin.evaluation.SheetContent;
import jp.hoshin.evaluation.YearCost;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.FormChecks;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The evaluation sheet's edit form: every value as typed (full-width digits and separators accepted), checked
 * field by field with the message next to the field. Bound by field access (public fields).
 */
@jp.hoshin.shared.web.FieldBound
public class SheetForm {

    /** Blank indicator rows offered below the existing ones. */
    static final int SPARE_ROWS = 2;

    public String name = "";
    public String sectionName = "";
    public String budgetKan = "";
    public String budgetKou = "";
    public String budgetMoku = "";
    public String budgetSaimoku = "";
    public String legalBasis = "";
    public String legalBasisKind = "";
    public String policyElementKey = "";
    public List<Long> planProjectIds = new ArrayList<>();
    public String actionItemKeys = "";
    public String startYear = "";
    public String endYear = "";
    public boolean newProject;
    public List<String> methods = new ArrayList<>();
    public String target = "";
    public String intent = "";
    public String means = "";
    public List<IndicatorRow> indicators = new ArrayList<>();
    public List<CostColumn> costs = new ArrayList<>();
    public String unitCostIndicator = "";
    public long version;

    /**
     * One indicator row: kind, name, unit, direction, and target and actual for each year column of the municipality's
     * form (index = column).
     */
    public static class IndicatorRow {
        public String kind = IndicatorKind.ACTIVITY.name();
        public String name = "";
        public String unit = "";
        public boolean decreasing;
        public List<String> targets = new ArrayList<>();
        public List<String> actuals = new ArrayList<>();
    }

    /** One year's costs. */
    public static class CostColumn {
        public String national = "";
        public String prefectural = "";
        public String bonds = "";
        public String otherSpecific = "";
        public String general = "";
        public String personYears = "";
    }

    static SheetForm of(EvaluationSheetView sheet) {
        SheetForm f = new SheetForm();
        SheetContent c = sheet.content();
        f.name = c.name();
        f.sectionName = nz(c.sectionName());
        f.budgetKan = nz(c.budgetKan());
        f.budgetKou = nz(c.budgetKou());
        f.budgetMoku = nz(c.budgetMoku());
        f.budgetSaimoku = nz(c.budgetSaimoku());
        f.legalBasis = nz(c.legalBasis());
        f.legalBasisKind = c.legalBasisKind() == null ? "" : c.legalBasisKind().name();
        f.policyElementKey = nz(c.policyElementKey());
        f.planProjectIds = new ArrayList<>(c.planProjectIds());
        f.actionItemKeys = String.join("、", c.actionItemKeys());
        f.startYear = c.startYear() == null ? "" : c.startYear().toString();
        f.endYear = c.endYear() == null ? "" : c.endYear().toString();
        f.newProject = c.newProject();
        f.methods = c.methods().stream().sorted().map(Enum::name).toList();
        f.target = nz(c.target());
        f.intent = nz(c.intent());
        f.means = nz(c.means());
        List<Integer> years = sheet.years();
        for (PerformanceIndicator i : c.indicators()) {
            IndicatorRow r = new IndicatorRow();
            r.kind = i.kind().name();
            r.name = i.name();
            r.unit = nz(i.unit());
            r.decreasing = i.decreasing();
            for (int y : years) {
                r.targets.add(num(i.target(y)));
                r.actuals.add(num(i.actual(y)));
            }
            f.indicators.add(r);
        }
        for (int y : years) {
            YearCost yc = c.cost(y);
            CostColumn col = new CostColumn();
            col.national = yen(yc.national());
            col.prefectural = yen(yc.prefectural());
            col.bonds = yen(yc.bonds());
            col.otherSpecific = yen(yc.otherSpecific());
            col.general = yen(yc.general());
            col.personYears = num(yc.personYears());
            f.costs.add(col);
        }
        f.unitCostIndicator = c.unitCostIndicator() == null ? "" : Integer.toString(c.unitCostIndicator());
        f.version = sheet.version();
        f.padRows(years.size());
        return f;
    }

    /** Keeps the spare rows and a value for every year column after a failed save too. */
    void padRows(int columns) {
        long blank = indicators.stream()
                .filter(r -> JapaneseText.text(r.name).isEmpty())
                .count();
        for (long i = blank; i < SPARE_ROWS; i++) {
            indicators.add(new IndicatorRow());
        }
        for (IndicatorRow r : indicators) {
            r.targets = padded(r.targets, columns);
            r.actuals = padded(r.actuals, columns);
        }
        while (costs.size() < columns) {
            costs.add(new CostColumn());
        }
    }

    private static List<String> padded(@Nullable List<String> values, int size) {
        List<String> list = new ArrayList<>(values == null ? List.of() : values);
        list.replaceAll(v -> v == null ? "" : v);
        while (list.size() < size) {
            list.add("");
        }
        return list;
    }

    /**
     * Checks every field, puts a message next to each wrong one, and returns the content when all is well.
     * {@code years} are the fiscal years of the form's columns and {@code headings} how they are named; indicator rows
     * without a name and with no values are skipped.
     */
    @Nullable
    SheetContent validate(BindingResult errors, List<Integer> years, List<String> headings) {
        padRows(years.size());
        FormChecks.required(errors, "name", name, Messages.get("evaluation.field.name"), 200);
        FormChecks.optional(errors, "sectionName", sectionName, Messages.get("evaluation.field.section"), 100);
        for (String[] f : new String[][] {
            {"budgetKan", budgetKan, Messages.get("evaluation.field.budgetKan")},
            {"budgetKou", budgetKou, Messages.get("evaluation.field.budgetKou")},
            {"budgetMoku", budgetMoku, Messages.get("evaluation.field.budgetMoku")},
            {"budgetSaimoku", budgetSaimoku, Messages.get("evaluation.field.budgetSaimoku")}
        }) {
            FormChecks.optional(errors, f[0], f[1], Messages.get("evaluation.field.budget", f[2]), 100);
        }
        FormChecks.optional(errors, "legalBasis", legalBasis, Messages.get("evaluation.field.legalBasis"), 400);
        LegalBasisKind kind = legalBasisKind.isBlank() ? null : LegalBasisKind.valueOf(legalBasisKind);
        Integer start = year(errors, "startYear", startYear, Messages.get("evaluation.field.startYear"));
        Integer end = year(errors, "endYear", endYear, Messages.get("evaluation.field.endYear"));
        if (start != null && end != null && end < start) {
            errors.rejectValue("endYear", "order", Messages.get("evaluation.form.periodOrder"));
        }
        FormChecks.optional(errors, "target", target, Messages.get("evaluation.field.target"), 4000);
        FormChecks.optional(errors, "intent", intent, Messages.get("evaluation.field.intent"), 4000);
        FormChecks.optional(errors, "means", means, Messages.get("evaluation.field.means"), 4000);
        Set<ImplementationMethod> methodSet = EnumSet.noneOf(ImplementationMethod.class);
        methods.stream().filter(m -> !m.isBlank()).forEach(m -> methodSet.add(ImplementationMethod.valueOf(m)));

        List<PerformanceIndicator> list = new ArrayList<>();
        List<Integer> rowOfIndicator = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow r = indicators.get(i);
            String p = "indicators[" + i + "].";
            String label = Messages.get("evaluation.field.indicatorRow", i + 1);
            int n = years.size();
            boolean anyValue = false;
            BigDecimal[] parsed = new BigDecimal[2 * n];
            for (int k = 0; k < 2 * n; k++) {
                int column = k / 2;
                boolean isTarget = k % 2 == 0;
                String value = (isTarget ? r.targets : r.actuals).get(column);
                String what = Messages.get(
                        "evaluation.field.figureIn",
                        isTarget
                                ? Messages.get("evaluation.field.targetValue")
                                : Messages.get("evaluation.field.actualValue"),
                        headings.get(column));
                parsed[k] =
                        decimal(errors, p + (isTarget ? "targets[" : "actuals[") + column + "]", value, label + what);
                anyValue |= !JapaneseText.text(value).isEmpty();
            }
            String indicatorName = JapaneseText.text(r.name);
            if (indicatorName.isEmpty()) {
                if (anyValue || !JapaneseText.text(r.unit).isEmpty()) {
                    errors.rejectValue(
                            p + "name", "required", Messages.get("evaluation.form.indicatorNameRequired", label));
                }
                continue;
            }
            FormChecks.optional(errors, p + "name", r.name, Messages.get("evaluation.field.indicatorName", label), 200);
            FormChecks.optional(errors, p + "unit", r.unit, Messages.get("evaluation.field.unit", label), 20);
            List<IndicatorFigure> figures = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                figures.add(new IndicatorFigure(years.get(k), parsed[2 * k], parsed[2 * k + 1]));
            }
            list.add(new PerformanceIndicator(
                    IndicatorKind.valueOf(r.kind), indicatorName, JapaneseText.text(r.unit), r.decreasing, figures));
            rowOfIndicator.add(i);
        }

        List<YearCost> yearCosts = new ArrayList<>();
        for (int k = 0; k < costs.size() && k < years.size(); k++) {
            CostColumn c = costs.get(k);
            String p = "costs[" + k + "].";
            String y = Messages.get("evaluation.field.columnSuffix", headings.get(k));
            Long national = yen(errors, p + "national", c.national, Messages.get("evaluation.field.national") + y);
            Long prefectural =
                    yen(errors, p + "prefectural", c.prefectural, Messages.get("evaluation.field.prefectural") + y);
            Long bonds = yen(errors, p + "bonds", c.bonds, Messages.get("evaluation.field.bonds") + y);
            Long other = yen(
                    errors, p + "otherSpecific", c.otherSpecific, Messages.get("evaluation.field.otherSpecific") + y);
            Long general = yen(errors, p + "general", c.general, Messages.get("evaluation.field.general") + y);
            BigDecimal persons =
                    decimal(errors, p + "personYears", c.personYears, Messages.get("evaluation.field.personYears", y));
            if (persons != null && (persons.signum() < 0 || persons.scale() > 2)) {
                errors.rejectValue(p + "personYears", "range", Messages.get("evaluation.form.personYears", y));
                persons = null;
            }
            if (!errors.hasErrors()) {
                yearCosts.add(new YearCost(years.get(k), national, prefectural, bonds, other, general, persons));
            }
        }
        Integer unitIndex = null;
        if (!unitCostIndicator.isBlank()) {
            int row = Integer.parseInt(unitCostIndicator);
            unitIndex = rowOfIndicator.indexOf(row);
            if (unitIndex < 0) {
                errors.rejectValue("unitCostIndicator", "missing", Messages.get("evaluation.form.unitCostRow"));
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        List<String> keys = JapaneseText.text(actionItemKeys).isEmpty()
                ? List.of()
                : List.of(JapaneseText.fold(actionItemKeys).split("[、,\\s]+"));
        return new SheetContent(
                JapaneseText.text(name),
                opt(sectionName),
                opt(budgetKan),
                opt(budgetKou),
                opt(budgetMoku),
                opt(budgetSaimoku),
                opt(legalBasis),
                kind,
                opt(policyElementKey),
                planProjectIds,
                keys,
                start,
                end,
                newProject,
                methodSet,
                opt(target),
                opt(intent),
                opt(means),
                list,
                yearCosts,
                unitIndex);
    }

    private static @Nullable Integer year(BindingResult errors, String field, String value, String label) {
        if (JapaneseText.text(value).isEmpty()) {
            return null;
        }
        var y = JapaneseText.parseYear(value);
        if (y.isEmpty() || y.get() < 1900 || y.get() > 2200) {
            errors.rejectValue(field, "year", Messages.get("evaluation.form.year", label));
            return null;
        }
        return y.get();
    }

    private static @Nullable Long yen(BindingResult errors, String field, String value, String label) {
        return FormChecks.wholeNumber(
                        errors, field, value, Messages.get("evaluation.field.yen", label), 999_999_999_999_999L)
                .orElse(null);
    }

    private static @Nullable BigDecimal decimal(BindingResult errors, String field, String value, String label) {
        if (JapaneseText.text(value).isEmpty()) {
            return null;
        }
        var n = JapaneseText.parseNumber(value);
        if (n.isEmpty()) {
            errors.rejectValue(field, "number", Messages.get("evaluation.form.number", label));
            return null;
        }
        return n.get();
    }

    private static @Nullable String opt(String s) {
        return JapaneseText.optionalText(s).orElse(null);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String num(@Nullable BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    private static String yen(@Nullable Long n) {
        return n == null ? "" : String.format("%,d", n);
    }
}
