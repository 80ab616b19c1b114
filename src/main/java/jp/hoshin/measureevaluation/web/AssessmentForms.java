package jp.hoshin.measureevaluation.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jp.hoshin.measureevaluation.FirstAssessment;
import jp.hoshin.measureevaluation.MeasureEvaluationView;
import jp.hoshin.measureevaluation.SecondReview;
import jp.hoshin.shared.InputText;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The two forms of a measure evaluation sheet, each checked field by field with the message next to the field. */
final class AssessmentForms {

    private AssessmentForms() {}

    /** The largest 市民意識調査 figure accepted (a share in percent, or a score). */
    static final BigDecimal MAX_SURVEY = BigDecimal.valueOf(100);

    /** 一次評価 (the owning department): 進捗, 成果と課題, 今後の方向性; {@code submit} also hands it on. */
    @jp.hoshin.shared.web.FieldBound
    public static class FirstForm {
        public long version;
        public String progress = "";
        public String resultsAndIssues = "";
        public String direction = "";
        public String submit = "";

        static FirstForm of(MeasureEvaluationView v) {
            FirstForm f = new FirstForm();
            f.version = v.version();
            f.progress = orEmpty(v.first().progress());
            f.resultsAndIssues = orEmpty(v.first().resultsAndIssues());
            f.direction = orEmpty(v.first().direction());
            return f;
        }

        boolean submitting() {
            return "true".equals(submit);
        }

        /** The assessment, or null with a message next to each wrong field. */
        @Nullable
        FirstAssessment validate(
                BindingResult errors, List<String> levels, List<String> directions, MeasureEvaluationView held) {
            String p = JapaneseText.text(progress);
            String d = JapaneseText.text(direction);
            String text = JapaneseText.text(resultsAndIssues);
            checkChoice(errors, "progress", p, levels, orEmpty(held.first().progress()), submitting());
            checkChoice(errors, "direction", d, directions, orEmpty(held.first().direction()), submitting());
            String problem = text.isEmpty()
                    ? null
                    : InputText.problem(
                            Messages.get("measureEvaluation.field.resultsAndIssues"), text, FirstAssessment.MAX_TEXT);
            if (problem != null) {
                errors.rejectValue("resultsAndIssues", "text", problem);
            } else if (text.isEmpty() && submitting()) {
                errors.rejectValue(
                        "resultsAndIssues", "required", Messages.get("measureEvaluation.form.resultsRequired"));
            }
            return errors.hasErrors() ? null : new FirstAssessment(p, text, d);
        }
    }

    /** 二次評価 (the planning section): its rating and comment, with the 市民意識調査 figures. */
    @jp.hoshin.shared.web.FieldBound
    public static class SecondForm {
        public long version;
        public String rating = "";
        public String comment = "";
        public String importance = "";
        public String satisfaction = "";

        static SecondForm of(MeasureEvaluationView v) {
            SecondForm f = new SecondForm();
            f.version = v.version();
            f.rating = orEmpty(v.second().rating());
            f.comment = orEmpty(v.second().comment());
            f.importance = number(v.second().surveyImportance());
            f.satisfaction = number(v.second().surveySatisfaction());
            return f;
        }

        @Nullable
        SecondReview validate(BindingResult errors, List<String> levels, MeasureEvaluationView held) {
            String r = JapaneseText.text(rating);
            checkChoice(errors, "rating", r, levels, orEmpty(held.second().rating()), false);
            String c = JapaneseText.text(comment);
            String problem = c.isEmpty()
                    ? null
                    : InputText.problem(
                            Messages.get("measureEvaluation.field.secondComment"), c, FirstAssessment.MAX_TEXT);
            if (problem != null) {
                errors.rejectValue("comment", "text", problem);
            }
            BigDecimal i = survey(errors, "importance", importance);
            BigDecimal s = survey(errors, "satisfaction", satisfaction);
            return errors.hasErrors() ? null : new SecondReview(r, c, i, s);
        }
    }

    private static @Nullable BigDecimal survey(BindingResult errors, String field, String typed) {
        String t = JapaneseText.text(typed);
        if (t.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> n = JapaneseText.parseNumber(t);
        if (n.isEmpty()
                || n.get().signum() < 0
                || n.get().compareTo(MAX_SURVEY) > 0
                || n.get().scale() > 2) {
            errors.rejectValue(field, "survey", Messages.get("measureEvaluation.form.survey", label(field)));
            return null;
        }
        return n.get().stripTrailingZeros().scale() < 0
                ? n.get().setScale(0)
                : n.get().stripTrailingZeros();
    }

    /** A choice must be in the list, or the label the sheet already holds (an earlier list's). */
    private static void checkChoice(
            BindingResult errors, String field, String value, List<String> list, String held, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                errors.rejectValue(field, "required", Messages.get("measureEvaluation.form.choose", label(field)));
            }
            return;
        }
        if (!list.contains(value) && !value.equals(held)) {
            errors.rejectValue(
                    field, "list", Messages.get("measureEvaluation.label.notInList", value, String.join(" / ", list)));
        }
    }

    private static String label(String field) {
        return switch (field) {
            case "progress" -> Messages.get("measureEvaluation.field.progress");
            case "direction" -> Messages.get("measureEvaluation.field.direction");
            case "rating" -> Messages.get("measureEvaluation.field.rating");
            case "importance" -> Messages.get("measureEvaluation.field.importance");
            default -> Messages.get("measureEvaluation.field.satisfaction");
        };
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String number(@Nullable BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }
}
