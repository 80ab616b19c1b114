package jp.hoshin.measureevaluation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.hoshin.shared.InputText;
import jp.hoshin.shared.Messages;

/**
 * The municipality's scales for measure evaluations: the 進捗 levels (default A / B / C / D, best first) and the
 * 今後の方向性 list (default 拡充 / レベルアップ / 現状維持 / 見直し / 縮小). Each list has 1 to {@link #MAX_LABELS} distinct
 * labels of at most {@link #MAX_LABEL} characters.
 */
public record MeasureScales(List<String> progressLevels, List<String> directions) {

    public static final int MAX_LABELS = 12;
    public static final int MAX_LABEL = 30;

    public static final MeasureScales DEFAULT = new MeasureScales(
            split(Messages.get("measureEvaluation.default.progressLevels")),
            split(Messages.get("measureEvaluation.default.directions")));

    public MeasureScales {
        progressLevels = checked(progressLevels, Messages.get("measureEvaluation.field.progressLevels"));
        directions = checked(directions, Messages.get("measureEvaluation.field.directions"));
    }

    /** The 進捗 levels as one line (A / B / C / D). */
    public String progressText() {
        return String.join(" / ", progressLevels);
    }

    public String directionsText() {
        return String.join(" / ", directions);
    }

    private static List<String> checked(List<String> labels, String name) {
        List<String> result =
                labels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (result.isEmpty() || result.size() > MAX_LABELS) {
            throw new IllegalArgumentException(
                    Messages.get("measureEvaluation.settings.count", name, Integer.toString(MAX_LABELS)));
        }
        Set<String> seen = new HashSet<>();
        for (String label : result) {
            InputText.checked(name, label, MAX_LABEL);
            if (!seen.add(label)) {
                throw new IllegalArgumentException(Messages.get("measureEvaluation.settings.twice", name, label));
            }
        }
        return result;
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[,\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
