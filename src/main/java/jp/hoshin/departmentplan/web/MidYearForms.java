package jp.hoshin.departmentplan.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.hoshin.departmentplan.MidYearChecks;
import jp.hoshin.departmentplan.MidYearEntry;
import jp.hoshin.departmentplan.ProgressScale;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/** The forms of the mid-year check pages, and what each says is wrong, by field. */
final class MidYearForms {

    private MidYearForms() {}

    /**
     * A department's lines, one index per project: {@code number[i]}, {@code status[i]}, {@code comment[i]},
     * {@code values[i]}; {@code version} empty before the check existed.
     */
    record CheckForm(
            @Nullable String version,
            @Nullable List<Integer> number,
            @Nullable List<String> status,
            @Nullable List<String> comment,
            @Nullable List<String> values) {

        @Nullable
        Long edited() {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        }

        List<MidYearChecks.Line> lines() {
            List<MidYearChecks.Line> lines = new ArrayList<>();
            List<Integer> numbers = number == null ? List.of() : number;
            for (int i = 0; i < numbers.size(); i++) {
                lines.add(new MidYearChecks.Line(
                        numbers.get(i),
                        PlanForms.opt(at(status, i)),
                        PlanForms.opt(JapaneseText.text(at(comment, i))),
                        PlanForms.opt(JapaneseText.text(at(values, i)))));
            }
            return lines;
        }

        /** What is wrong, by field id ({@code status-3}, {@code comment-3}, {@code values-3} for project 3). */
        HashMap<String, String> problems(ProgressScale scale) {
            HashMap<String, String> problems = new LinkedHashMap<>();
            for (MidYearChecks.Line line : lines()) {
                int n = line.projectNumber();
                if (line.status() != null && scale.level(line.status()).isEmpty()) {
                    problems.put("status-" + n, Messages.get("midyear.entry.unknownStatus", n, line.status()));
                }
                if (line.comment() != null && line.comment().length() > MidYearEntry.MAX_COMMENT) {
                    problems.put(
                            "comment-" + n,
                            Messages.get(
                                    "form.tooLongNow",
                                    Messages.get("midyear.col.comment"),
                                    grouped(MidYearEntry.MAX_COMMENT),
                                    grouped(line.comment().length())));
                }
                if (line.valuesSoFar() != null && line.valuesSoFar().length() > MidYearEntry.MAX_VALUES) {
                    problems.put(
                            "values-" + n,
                            Messages.get(
                                    "form.tooLongNow",
                                    Messages.get("midyear.col.values"),
                                    grouped(MidYearEntry.MAX_VALUES),
                                    grouped(line.valuesSoFar().length())));
                }
            }
            return problems;
        }

        /** What was typed, by field id, to show again. */
        HashMap<String, String> typed() {
            HashMap<String, String> typed = new HashMap<>();
            List<Integer> numbers = number == null ? List.of() : number;
            for (int i = 0; i < numbers.size(); i++) {
                int n = numbers.get(i);
                typed.put("status-" + n, at(status, i));
                typed.put("comment-" + n, at(comment, i));
                typed.put("values-" + n, at(values, i));
            }
            return typed;
        }
    }

    /** A checkpoint as typed: label and 基準日 (和暦 or 西暦, full-width digits too). */
    record CheckpointForm(
            int number,
            @Nullable String version,
            @Nullable String label,
            @Nullable String referenceDate) implements Serializable {

        @Nullable
        Long edited() {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        }

        @Nullable
        LocalDate date() {
            return JapaneseText.parseDate(referenceDate).orElse(null);
        }

        /** Whether 基準日 was typed but is not a date. */
        boolean unreadableDate() {
            return referenceDate != null && !referenceDate.isBlank() && date() == null;
        }
    }

    /** The scale as typed: up to {@link ProgressScale#MAX_LEVELS} rows of label and "counts as on schedule". */
    record ScaleForm(
            @Nullable String version,
            @Nullable List<String> label,
            @Nullable List<String> onSchedule) {

        @Nullable
        Long edited() {
            return version == null || version.isBlank() ? null : Long.valueOf(version.strip());
        }

        ProgressScale scale() {
            List<ProgressScale.Level> levels = new ArrayList<>();
            List<String> labels = label == null ? List.of() : label;
            List<String> checked = onSchedule == null ? List.of() : onSchedule;
            for (int i = 0; i < labels.size(); i++) {
                String text = JapaneseText.text(labels.get(i)).strip();
                if (!text.isEmpty()) {
                    levels.add(new ProgressScale.Level(text, checked.contains(String.valueOf(i))));
                }
            }
            return new ProgressScale(levels);
        }
    }

    static Map<String, String> checkpointProblems(CheckpointForm form, Map<String, String> ruleProblems) {
        Map<String, String> problems = new LinkedHashMap<>(ruleProblems);
        if (form.unreadableDate()) {
            problems.put("referenceDate", Messages.get("midyear.checkpoint.dateUnreadable", form.referenceDate()));
        }
        return problems;
    }

    private static String grouped(int n) {
        return String.format("%,d", n);
    }

    private static String at(@Nullable List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
