package jp.hoshin.publiccomment.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jp.hoshin.publiccomment.OpinionChannel;
import jp.hoshin.publiccomment.ReflectionCategory;
import jp.hoshin.shared.Messages;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static jp.hoshin.publiccomment.archive.ArchiveWorkbookFormat.*;

/**
 * The template workbook for bringing a past consultation's results: the consultation's facts, the submitters by
 * channel, one row per item, and the municipality's 反映区分 (column E offers them as a list).
 */
public final class ArchiveWorkbookTemplate {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ArchiveWorkbookTemplate() {}

    public static byte[] write(List<ReflectionCategory> reflections) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Sheet c = wb.createSheet(consultationSheet());
            cell(c, 0, 0, Messages.get("comment.archive.template.heading"), bold);
            cell(c, 1, 0, Messages.get("comment.archive.template.help"), wrap);
            List<String> labels = fieldLabels();
            for (int i = 0; i < labels.size(); i++) {
                cell(c, FIRST_FIELD_ROW + i, 0, labels.get(i), bold);
            }
            c.setColumnWidth(0, 36 * 256);
            c.setColumnWidth(1, 80 * 256);

            Sheet s = wb.createSheet(submittersSheet());
            cell(s, 0, 0, Messages.get("comment.archive.column.channel"), bold);
            cell(s, 0, 1, Messages.get("comment.archive.column.submitters"), bold);
            OpinionChannel[] channels = OpinionChannel.values();
            for (int i = 0; i < channels.length; i++) {
                cell(s, i + 1, 0, channels[i].label(), null);
            }
            s.setColumnWidth(0, 24 * 256);
            s.setColumnWidth(1, 24 * 256);

            Sheet items = wb.createSheet(itemsSheet());
            List<String> headings = itemHeadings();
            int[] widths = {8, 20, 60, 60, 18, 40, 16, 18};
            for (int i = 0; i < headings.size(); i++) {
                cell(items, 0, i, headings.get(i), bold);
                items.setColumnWidth(i, widths[i] * 256);
            }
            items.createFreezePane(0, 1);
            String[] reflectionLabels =
                    reflections.stream().map(ReflectionCategory::label).toArray(String[]::new);
            if (reflectionLabels.length > 0
                    && String.join(",", reflectionLabels).length() < 250) {
                DataValidation list = items.getDataValidationHelper()
                        .createValidation(
                                items.getDataValidationHelper().createExplicitListConstraint(reflectionLabels),
                                new CellRangeAddressList(1, MAX_ITEMS, REFLECTION, REFLECTION));
                list.setShowErrorBox(false);
                items.addValidationData(list);
            }
            String[] channelLabels =
                    java.util.Arrays.stream(channels).map(OpinionChannel::label).toArray(String[]::new);
            DataValidation channelList = items.getDataValidationHelper()
                    .createValidation(
                            items.getDataValidationHelper().createExplicitListConstraint(channelLabels),
                            new CellRangeAddressList(1, MAX_ITEMS, CHANNEL, CHANNEL));
            channelList.setShowErrorBox(false);
            items.addValidationData(channelList);

            Sheet r = wb.createSheet(reflectionsSheet());
            cell(r, 0, 0, Messages.get("comment.archive.column.reflection"), bold);
            cell(r, 0, 1, Messages.get("comment.archive.column.reflected"), bold);
            for (int i = 0; i < reflections.size(); i++) {
                cell(r, i + 1, 0, reflections.get(i).label(), null);
                cell(r, i + 1, 1, reflections.get(i).reflected() ? "○" : "", null);
            }
            r.setColumnWidth(0, 24 * 256);
            r.setColumnWidth(1, 16 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(
            Sheet sheet, int row, int column, String value, @org.jspecify.annotations.Nullable CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var cell = r.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
