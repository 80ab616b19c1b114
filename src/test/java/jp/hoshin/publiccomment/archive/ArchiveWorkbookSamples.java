package jp.hoshin.publiccomment.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jp.hoshin.publiccomment.ReflectionCategory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The archive template filled in as a city would (three items on 第2章 and 第10章, 14 submitters). */
public final class ArchiveWorkbookSamples {

    private ArchiveWorkbookSamples() {}

    public static Workbook template() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ArchiveWorkbookTemplate.write(ReflectionCategory.DEFAULTS)));
    }

    public static void put(Sheet sheet, int row, int column, Object value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        if (value instanceof Number n) {
            r.createCell(column).setCellValue(n.doubleValue());
        } else {
            r.createCell(column).setCellValue(value.toString());
        }
    }

    public static Workbook filled() throws IOException {
        Workbook wb = template();
        Sheet c = wb.getSheet("意見募集");
        put(c, 2, 1, "第二次図書館計画（素案）への意見募集");
        put(c, 3, 1, "企画部");
        put(c, 4, 1, "第二次図書館計画");
        put(c, 6, 1, "令和6年6月1日");
        put(c, 7, 1, "２０２４－０６－３０");
        put(c, 9, 1, "令和6年8月1日");
        Sheet s = wb.getSheet("提出者数");
        put(s, 1, 1, 10);
        put(s, 2, 1, "４");
        Sheet items = wb.getSheet("意見と市の考え方");
        put(items, 1, 0, 1);
        put(items, 1, 1, "第2章");
        put(items, 1, 2, "開館時間を延ばしてほしい。");
        put(items, 1, 3, "平日の開館時間を延長します。");
        put(items, 1, 4, "反映する");
        put(items, 1, 5, "第2章に記載しました。");
        put(items, 1, 7, "郵送");
        put(items, 2, 0, 2);
        put(items, 2, 1, "第2章");
        put(items, 2, 2, "夜も開けてほしい。");
        put(items, 2, 6, 1);
        put(items, 2, 7, "意見募集フォーム");
        put(items, 3, 0, 3);
        put(items, 3, 1, "第10章");
        put(items, 3, 2, "電子書籍を増やして。");
        put(items, 3, 3, "今後の参考とします。");
        put(items, 3, 4, "今後の参考とする");
        put(items, 3, 7, "意見募集フォーム");
        return wb;
    }

    public static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
