package jp.hoshin.shared.exchange;

import java.time.LocalDate;

import jp.hoshin.shared.InputText;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/** What one cell holds, as far as an import cares: nothing, text, a number (maybe shown as a date or a percentage), or something refused. */
public sealed interface CellValue permits CellValue.Empty, CellValue.Text, CellValue.Number, CellValue.Refused {

    Empty EMPTY = new Empty();

    /** What to do with a formula: refuse it (the file must hold values) or take its last calculated result. */
    enum Formulas {
        REFUSE,
        CACHED_RESULT
    }

    record Empty() implements CellValue {}

    /** Text as typed, trimmed, line ends unified, bidi overrides removed. */
    record Text(String text) implements CellValue {}

    /** A number cell; {@code date} when Excel shows it as a date, {@code percent} when as a percentage. */
    record Number(double value, @Nullable LocalDate date, boolean percent) implements CellValue {}

    /** A cell that cannot be used, with the reason the user is told. */
    record Refused(String reason) implements CellValue {}

    /** A cell of a CSV table or of a sheet read as text. */
    static CellValue ofText(@Nullable String raw) {
        String text = InputText.withoutBidiOverrides(JapaneseText.text(raw));
        String refused = InputText.problem(null, text, InputText.MAX_LENGTH);
        if (refused != null) {
            return new Refused(refused);
        }
        return text.isEmpty() ? EMPTY : new Text(text);
    }

    /** A cell of an Excel sheet. */
    static CellValue of(@Nullable Cell cell, Formulas formulas) {
        if (cell == null) {
            return EMPTY;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (formulas == Formulas.REFUSE) {
                return new Refused(Messages.get("exchange.formula"));
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case BLANK -> EMPTY;
            case STRING -> ofText(cell.getStringCellValue());
            case NUMERIC -> {
                boolean isDate = DateUtil.isCellDateFormatted(cell);
                String format = cell.getCellStyle().getDataFormatString();
                yield new Number(
                        cell.getNumericCellValue(),
                        isDate ? cell.getLocalDateTimeCellValue().toLocalDate() : null,
                        !isDate && format != null && format.contains("%"));
            }
            case BOOLEAN -> new Text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> new Refused(Messages.get("exchange.errorValue"));
        };
    }
}
