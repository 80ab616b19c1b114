import java.io.FileInputStream;
import java.io.FileOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Fills every evaluation worksheet of a downloaded workbook (bench/evaluation-*.sh): texts, two indicators with three
 * years of targets and actuals, three years of costs and person-years (finalised and published sheets are left as they are). {@code seed} changes every value, so each run's
 * upload changes every sheet.
 *   java -cp "target/app/lib/*" bench/EvaluationWorkbookFiller.java in.xlsx out.xlsx seed
 */
public class EvaluationWorkbookFiller {

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[2]);
        try (Workbook wb = WorkbookFactory.create(new FileInputStream(args[0]))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                if (s.getSheetName().startsWith("_") || s.getSheetName().equals("記入のしかた")) {
                    continue;
                }
                String title = s.getRow(0).getCell(0).getStringCellValue();
                if (title.contains("・公表）") || title.contains("・確定）")) {
                    continue;   // finalised sheets cannot change
                }
                long k = seed + i * 7919L;
                set(s, 18, 1, "対象（ベンチマーク " + k + "）");
                set(s, 19, 1, "意図（ベンチマーク " + k + "）");
                set(s, 20, 1, "手段（ベンチマーク " + k + "）");
                set(s, 21, 1, 2);
                set(s, 24, 1, "活動指標");
                set(s, 24, 2, "講座の開催回数");
                set(s, 24, 3, "回");
                set(s, 25, 1, "成果指標");
                set(s, 25, 2, "参加者数");
                set(s, 25, 3, "人");
                for (int y = 0; y < 3; y++) {
                    set(s, 24, 5 + 2 * y, 10 + y);
                    set(s, 24, 6 + 2 * y, 9 + y + k % 3);
                    set(s, 25, 5 + 2 * y, 500 + 10 * y);
                    set(s, 25, 6 + 2 * y, 450 + (k + y) % 100);
                    set(s, 36, 1 + y, 1_000_000 + (k % 1000) * 1000);
                    set(s, 38, 1 + y, 0);
                    set(s, 40, 1 + y, 5_000_000 + (k * 31 + y) % 5_000_000);
                    set(s, 41, 1 + y, "１．２５");
                }
            }
            try (FileOutputStream out = new FileOutputStream(args[1])) {
                wb.write(out);
            }
        }
    }

    private static void set(Sheet s, int row1, int col, Object value) {
        Row r = s.getRow(row1 - 1) == null ? s.createRow(row1 - 1) : s.getRow(row1 - 1);
        var c = r.getCell(col) == null ? r.createCell(col) : r.getCell(col);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(value.toString());
        }
    }
}
