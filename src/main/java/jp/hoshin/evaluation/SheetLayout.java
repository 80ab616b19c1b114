package jp.hoshin.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.hoshin.shared.InputText;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;

/**
 * A municipality's form of the evaluation sheet: the year columns of its cost and indicator tables (in the order shown)
 * and its list of 今後の方向性 (labels in order). {@link #DEFAULT} is the form every sheet had before it could be set:
 * 前々年度, 前年度 and the sheet's year without a kind, and 拡充 / 継続 / 改善・見直し / 縮小 / 休止・廃止.
 */
public record SheetLayout(List<YearColumn> columns, List<String> directions) {

    public static final int MAX_COLUMNS = 6;
    public static final int MAX_DIRECTIONS = 12;
    public static final int MAX_DIRECTION_LENGTH = 30;

    public static final SheetLayout DEFAULT = new SheetLayout(
            List.of(new YearColumn(-2, null), new YearColumn(-1, null), new YearColumn(0, null)),
            Arrays.stream(FutureDirection.values()).map(FutureDirection::label).toList());

    public SheetLayout {
        columns = List.copyOf(columns);
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException(
                    Messages.get("evaluation.settings.columnCount", Integer.toString(MAX_COLUMNS)));
        }
        Set<Integer> offsets = new HashSet<>();
        for (YearColumn c : columns) {
            if (!offsets.add(c.offset())) {
                throw new IllegalArgumentException(Messages.get("evaluation.settings.columnTwice"));
            }
        }
        List<String> labels = new ArrayList<>();
        for (String d : directions) {
            String label = JapaneseText.text(d == null ? "" : d);
            if (label.isEmpty()) {
                continue;
            }
            InputText.checked(Messages.get("fragment.evaluation.direction"), label, MAX_DIRECTION_LENGTH);
            if (labels.contains(label)) {
                throw new IllegalArgumentException(Messages.get("evaluation.settings.directionTwice", label));
            }
            labels.add(label);
        }
        if (labels.isEmpty() || labels.size() > MAX_DIRECTIONS) {
            throw new IllegalArgumentException(
                    Messages.get("evaluation.settings.directionCount", Integer.toString(MAX_DIRECTIONS)));
        }
        directions = List.copyOf(labels);
    }

    /** The fiscal years of the columns on a sheet of {@code sheetYear}, in column order. */
    public List<Integer> years(int sheetYear) {
        return columns.stream().map(c -> c.year(sheetYear)).toList();
    }

    /** The configured direction a person typed or chose (full-width alike), if it is one of the list. */
    public Optional<String> direction(String text) {
        String t = JapaneseText.text(text == null ? "" : text);
        return directions.contains(t) ? Optional.of(t) : Optional.empty();
    }

    /** The directions in a message: 「拡充」「継続」…. */
    public String directionsText() {
        StringBuilder s = new StringBuilder();
        directions.forEach(d -> s.append('「').append(d).append('」'));
        return s.toString();
    }

    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
