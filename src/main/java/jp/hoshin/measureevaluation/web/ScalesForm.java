package jp.hoshin.measureevaluation.web;

import java.util.List;

import jp.hoshin.measureevaluation.MeasureEvaluationSettings;
import jp.hoshin.measureevaluation.MeasureScales;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The planning section's scales: the 進捗 levels and the 今後の方向性, one a line, each list checked next to its field. */
@jp.hoshin.shared.web.FieldBound
public class ScalesForm {

    public String progressLevels = "";
    public String directions = "";
    public long version;

    static ScalesForm of(MeasureEvaluationSettings.Current current) {
        ScalesForm f = new ScalesForm();
        f.progressLevels = String.join("\n", current.scales().progressLevels());
        f.directions = String.join("\n", current.scales().directions());
        f.version = current.version();
        return f;
    }

    @Nullable
    MeasureScales validate(BindingResult errors) {
        List<String> levels = lines(progressLevels);
        List<String> dirs = lines(directions);
        check(errors, "progressLevels", levels, List.of("x"));
        check(errors, "directions", List.of("x"), dirs);
        return errors.hasErrors() ? null : new MeasureScales(levels, dirs);
    }

    private static void check(BindingResult errors, String field, List<String> levels, List<String> dirs) {
        try {
            new MeasureScales(levels, dirs);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "scale", e.getMessage() == null ? Messages.get("form.errors") : e.getMessage());
        }
    }

    private static List<String> lines(String text) {
        return JapaneseText.fold(text == null ? "" : text)
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
