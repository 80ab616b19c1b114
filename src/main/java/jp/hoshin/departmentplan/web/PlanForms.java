package jp.hoshin.departmentplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.SectionRole;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The forms of a department plan's staff page, as posted (text as typed), each turning itself into the plan's values or
 * refusing with a Japanese message that says which field is wrong ({@link IllegalArgumentException}).
 */
final class PlanForms {

    private PlanForms() {}

    /**
     * 部の使命・目標, 各課の役割 (「課名：役割」 one per line), 経営資源, 実施方針; {@code departmentVersion} is the version of
     * the organisation's department the 使命・目標 and resources were shown from (they are stored there).
     */
    record ContentForm(
            @Nullable Long version,
            @Nullable Long departmentVersion,
            @Nullable String missionHeadline,
            @Nullable String mission,
            @Nullable String sectionRoles,
            @Nullable String staffCount,
            @Nullable String budgetYen,
            @Nullable String policies) {

        /** The version the form was made from; a form without one is taken as stale (refused, nothing changed). */
        long edited() {
            return version == null ? -1 : version;
        }

        PlanContent content() {
            Integer staff = wholeNumber(staffCount, Messages.get("plan.field.staffCount"), "staffCount")
                    .map(Long::intValue)
                    .orElse(null);
            Long budget = wholeNumber(budgetYen, Messages.get("plan.field.budget"), "budgetYen")
                    .orElse(null);
            return new PlanContent(
                    opt(missionHeadline), opt(mission), roles(sectionRoles), staff, budget, opt(policies));
        }
    }

    /** A new project: its targets as text, one per line. */
    record NewProjectForm(
            @Nullable Long version,
            @Nullable String title,
            @Nullable String leadSection,
            @Nullable String description,
            @Nullable Boolean main,
            @Nullable String targets) {

        /** The version the form was made from; a form without one is taken as stale (refused, nothing changed). */
        long edited() {
            return version == null ? -1 : version;
        }

        ProjectContent content() {
            return titled(
                    title,
                    t -> new ProjectContent(
                            t,
                            opt(leadSection),
                            opt(description),
                            Boolean.TRUE.equals(main),
                            lines(targets).stream().map(TargetIndicator::text).toList(),
                            null));
        }
    }

    /** A project and its target indicators: row i of each list is one target's text and optional structured values. */
    record ProjectForm(
            @Nullable Long version,
            @Nullable String title,
            @Nullable String leadSection,
            @Nullable String description,
            @Nullable Boolean main,
            @Nullable List<String> targetText,
            @Nullable List<String> targetMeasure,
            @Nullable List<String> targetValue,
            @Nullable List<String> targetUnit,
            @Nullable List<String> targetDeadline,
            @Nullable List<String> baselineValue,
            @Nullable List<String> baselineYear) {

        /** The version the form was made from; a form without one is taken as stale (refused, nothing changed). */
        long edited() {
            return version == null ? -1 : version;
        }

        ProjectContent content() {
            List<TargetIndicator> targets = new ArrayList<>();
            int rows = targetText == null ? 0 : targetText.size();
            for (int i = 0; i < rows; i++) {
                String text = JapaneseText.text(targetText.get(i));
                String row = Messages.get("plan.target.row", i + 1);
                String value = at(targetValue, i);
                if (text.isEmpty()) {
                    if (!JapaneseText.text(value).isEmpty()
                            || !JapaneseText.text(at(targetMeasure, i)).isEmpty()) {
                        throw new FieldRefusal("targetText[" + i + "]", Messages.get("plan.target.textRequired", row));
                    }
                    continue;
                }
                targets.add(new TargetIndicator(
                        text,
                        opt(at(targetMeasure, i)),
                        decimal(value, row + Messages.get("plan.field.targetValue"), "targetValue[" + i + "]"),
                        opt(at(targetUnit, i)),
                        date(
                                at(targetDeadline, i),
                                row + Messages.get("plan.field.deadline"),
                                "targetDeadline[" + i + "]"),
                        decimal(
                                at(baselineValue, i),
                                row + Messages.get("plan.field.baselineValue"),
                                "baselineValue[" + i + "]"),
                        wholeNumber(
                                        at(baselineYear, i),
                                        row + Messages.get("plan.field.baselineYear"),
                                        "baselineYear[" + i + "]")
                                .map(Long::intValue)
                                .orElse(null),
                        null));
            }
            return titled(
                    title,
                    t -> new ProjectContent(
                            t, opt(leadSection), opt(description), Boolean.TRUE.equals(main), targets, null));
        }
    }

    /**
     * A project's result: a level of the municipality's result scale (by default 達成 / 一部達成 / 着手 / 未達成; no
     * default: it must be chosen), the explanation, actual values.
     */
    record ResultForm(
            @Nullable Long version,
            @Nullable String result,
            @Nullable String explanation,
            @Nullable List<String> actual) {

        /** The version the form was made from; a form without one is taken as stale (refused, nothing changed). */
        long edited() {
            return version == null ? -1 : version;
        }

        /** The chosen label of the result scale (checked against the municipality's scale when recorded). */
        String label(int number, List<String> scale) {
            String chosen = JapaneseText.text(result).strip();
            if (chosen.isEmpty()) {
                throw new FieldRefusal(
                        "result", Messages.get("departmentplan.resultScale.choose", number, String.join("・", scale)));
            }
            return chosen;
        }

        List<BigDecimal> actuals() {
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; actual != null && i < actual.size(); i++) {
                values.add(decimal(actual.get(i), Messages.get("plan.result.actualLabel", i + 1), "actual[" + i + "]"));
            }
            return values;
        }

        @Nullable
        String explanationText() {
            return opt(explanation);
        }

        /** What was typed, for the page to show again after a refusal (kept in the session's flash, so serializable). */
        TypedResult typed(int number) {
            return new TypedResult(
                    number,
                    result == null ? "" : result,
                    explanation == null ? "" : explanation,
                    actual == null
                            ? List.of()
                            : actual.stream().map(a -> a == null ? "" : a).toList());
        }
    }

    /** A refused result as typed: the project's number, the chosen result (may be empty), the explanation and actual values. */
    record TypedResult(int number, String result, String explanation, List<String> actual)
            implements java.io.Serializable {}

    private static String at(@Nullable List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }

    /** The project made with the typed title; the title's refusal (empty, too long) is shown next to the title field. */
    private static ProjectContent titled(@Nullable String title, Function<String, ProjectContent> project) {
        String text = JapaneseText.text(title);
        try {
            new ProjectContent(text, null, null, false, List.of(), null);
        } catch (IllegalArgumentException e) {
            throw new FieldRefusal("title", e.getMessage(), e);
        }
        return project.apply(text);
    }

    private static @Nullable BigDecimal decimal(@Nullable String text, String label, String field) {
        if (JapaneseText.text(text).isEmpty()) {
            return null;
        }
        return JapaneseText.parseNumber(text)
                .orElseThrow(() -> new FieldRefusal(field, Messages.get("plan.form.decimal", label)));
    }

    private static @Nullable LocalDate date(@Nullable String text, String label, String field) {
        String folded = JapaneseText.fold(text);
        if (folded.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(folded.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new FieldRefusal(field, Messages.get("plan.form.date", label), e);
        }
    }

    private static Optional<Long> wholeNumber(@Nullable String text, String label, String field) {
        if (JapaneseText.text(text).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(JapaneseText.parseWholeNumber(text)
                .filter(n -> n >= 0)
                .orElseThrow(() -> new FieldRefusal(field, Messages.get("form.wholeNumber", label))));
    }

    static @Nullable String opt(@Nullable String text) {
        return JapaneseText.optionalText(text).orElse(null);
    }

    private static List<String> lines(@Nullable String text) {
        return Arrays.stream(JapaneseText.text(text).split("\n"))
                .map(JapaneseText::text)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    /** 「課名：役割」 one per line (full- or half-width colon). */
    private static List<SectionRole> roles(@Nullable String text) {
        List<SectionRole> roles = new ArrayList<>();
        int row = 1;
        for (String line : lines(text)) {
            String[] parts = line.split("[：:]", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new FieldRefusal("sectionRoles", Messages.get("plan.sectionRoles.shape", row));
            }
            roles.add(new SectionRole(parts[0].strip(), parts[1].strip()));
            row++;
        }
        return roles;
    }
}
