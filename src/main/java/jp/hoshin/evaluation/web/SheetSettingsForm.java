package jp.hoshin.evaluation.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.hoshin.evaluation.ColumnKind;
import jp.hoshin.evaluation.SheetLayout;
import jp.hoshin.evaluation.YearColumn;
import jp.hoshin.shared.InputText;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The planning section's form of the evaluation sheet: up to {@link SheetLayout#MAX_COLUMNS} year columns (each a year
 * relative to the sheet's and an optional kind; a row without a year is not used) and the 今後の方向性, one a line.
 * Checked field by field with the message next to the field; what was typed comes back on an error.
 */
@jp.hoshin.shared.web.FieldBound
public class SheetSettingsForm {

    public List<ColumnRow> columns = new ArrayList<>();
    public String directions = "";
    public long version;

    /** One year column as chosen: the offset ("-2", "0", …; "" = not used) and the kind's code name ("" = none). */
    public static class ColumnRow {
        public String offset = "";
        public String kind = "";

        ColumnRow() {}

        ColumnRow(String offset, String kind) {
            this.offset = offset;
            this.kind = kind;
        }
    }

    static SheetSettingsForm of(SheetLayout layout, long version) {
        SheetSettingsForm f = new SheetSettingsForm();
        for (YearColumn c : layout.columns()) {
            f.columns.add(new ColumnRow(
                    Integer.toString(c.offset()),
                    c.kind() == null ? "" : c.kind().name()));
        }
        f.directions = String.join("\n", layout.directions());
        f.version = version;
        f.pad();
        return f;
    }

    /** Offers every row of the form (also after a refused save). */
    void pad() {
        while (columns.size() < SheetLayout.MAX_COLUMNS) {
            columns.add(new ColumnRow());
        }
        columns.replaceAll(r -> r == null ? new ColumnRow() : r);
    }

    /** The form as a layout, or null with each problem next to its field. */
    @Nullable
    SheetLayout validate(BindingResult errors) {
        pad();
        List<YearColumn> chosen = new ArrayList<>();
        Set<Integer> offsets = new HashSet<>();
        for (int i = 0; i < columns.size() && i < SheetLayout.MAX_COLUMNS; i++) {
            ColumnRow r = columns.get(i);
            String field = "columns[" + i + "].";
            String o = JapaneseText.text(r.offset);
            String k = JapaneseText.text(r.kind);
            if (o.isEmpty()) {
                if (!k.isEmpty()) {
                    errors.rejectValue(
                            field + "offset",
                            "required",
                            Messages.get("evaluation.settings.form.yearRequired", Integer.toString(i + 1)));
                }
                continue;
            }
            Integer offset = null;
            try {
                offset = Integer.valueOf(o.replace("+", ""));
            } catch (NumberFormatException e) {
                // refused below
            }
            if (offset == null || offset < YearColumn.EARLIEST || offset > YearColumn.LATEST) {
                errors.rejectValue(
                        field + "offset",
                        "range",
                        Messages.get("evaluation.settings.form.yearRange", Integer.toString(i + 1)));
                continue;
            }
            if (!offsets.add(offset)) {
                errors.rejectValue(
                        field + "offset",
                        "twice",
                        Messages.get("evaluation.settings.form.yearTwice", Integer.toString(i + 1)));
                continue;
            }
            ColumnKind kind = null;
            if (!k.isEmpty()) {
                try {
                    kind = ColumnKind.ofLabel(k);
                } catch (IllegalArgumentException e) {
                    errors.rejectValue(
                            field + "kind",
                            "kind",
                            Messages.get("evaluation.settings.form.kindUnknown", Integer.toString(i + 1)));
                    continue;
                }
            }
            chosen.add(new YearColumn(offset, kind));
        }
        if (chosen.isEmpty() && !errors.hasFieldErrors("columns*")) {
            errors.rejectValue("columns[0].offset", "none", Messages.get("evaluation.settings.form.noColumn"));
        }
        List<String> labels = new ArrayList<>();
        String[] lines = (directions == null ? "" : directions).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String label = JapaneseText.text(lines[i]);
            if (label.isEmpty()) {
                continue;
            }
            String problem = InputText.problem(
                    Messages.get("fragment.evaluation.direction"), label, SheetLayout.MAX_DIRECTION_LENGTH);
            if (problem == null && labels.contains(label)) {
                problem = Messages.get("evaluation.settings.directionTwice", label);
            }
            if (problem != null) {
                errors.rejectValue(
                        "directions",
                        "line",
                        Messages.get("evaluation.settings.form.directionLine", Integer.toString(i + 1), problem));
                continue;
            }
            labels.add(label);
        }
        if (!errors.hasFieldErrors("directions") && (labels.isEmpty() || labels.size() > SheetLayout.MAX_DIRECTIONS)) {
            errors.rejectValue(
                    "directions",
                    "count",
                    Messages.get("evaluation.settings.directionCount", Integer.toString(SheetLayout.MAX_DIRECTIONS)));
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return new SheetLayout(chosen, labels);
        } catch (IllegalArgumentException e) {
            errors.reject("layout", e.getMessage());
            return null;
        }
    }
}
