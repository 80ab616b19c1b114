import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * bench/upload.sh's helper: fills a downloaded plan workbook as a department would, with P projects of
 * T targets each; the round number goes into the texts and numbers so that every upload changes the
 * plan. Column positions are those the workbook is written with (PlanWorkbookFormat).
 *   java -cp 'target/app/lib/*' bench/PlanWorkbookFiller.java in.xlsx out.xlsx projects targets round
 */
public class PlanWorkbookFiller {

    public static void main(String[] args) throws Exception {
        int projects = Integer.parseInt(args[2]);
        int targets = Integer.parseInt(args[3]);
        int round = Integer.parseInt(args[4]);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new FileInputStream(args[0]))) {
            Sheet policy = workbook.getSheet("部の方針");
            for (Row row : policy) {
                if (row.getCell(0) != null && "職員数（人）".equals(row.getCell(0).getStringCellValue())) {
                    row.createCell(1).setCellValue(100 + round);
                }
            }
            Sheet roles = clear(workbook.getSheet("各課の役割"));
            for (int i = 1; i <= 5; i++) {
                Row row = roles.createRow(i);
                row.createCell(0).setCellValue("第" + i + "課");
                row.createCell(1).setCellValue("第" + i + "課の役割（" + round + "回目）");
            }
            Sheet p = clear(workbook.getSheet("個別事業"));
            Sheet t = clear(workbook.getSheet("目標指標"));
            int targetRow = 1;
            for (int n = 1; n <= projects; n++) {
                Row row = p.createRow(n);
                row.createCell(0).setCellValue(n);
                row.createCell(1).setCellValue("個別事業 " + n + "（" + round + "回目の取り込み）");
                row.createCell(2).setCellValue("第" + (n % 5 + 1) + "課");
                row.createCell(3).setCellValue("事業 " + n + " の内容です。市民サービスの向上とコストの削減を行います。\n二行目の説明。");
                row.createCell(4).setCellValue(n % 4 == 0 ? "○" : "");
                for (int k = 1; k <= targets; k++) {
                    Row target = t.createRow(targetRow++);
                    target.createCell(0).setCellValue(n);
                    target.createCell(1).setCellValue("年度末に指標 " + k + " を " + (1000 * n + round) + " 件にします。");
                    target.createCell(2).setCellValue("指標 " + k);
                    target.createCell(3).setCellValue(1000 * n + round);
                    target.createCell(4).setCellValue("件");
                    target.createCell(5).setCellValue(k == 1 ? "令和3年3月31日" : "2021/3/31");
                    target.createCell(6).setCellValue(900 * n);
                    target.createCell(7).setCellValue("令和元年度");
                }
            }
            try (FileOutputStream out = new FileOutputStream(args[1])) {
                workbook.write(out);
            }
        }
    }

    /** Removes every row below the heading. */
    private static Sheet clear(Sheet sheet) {
        for (int r = sheet.getLastRowNum(); r >= 1; r--) {
            Row row = sheet.getRow(r);
            if (row != null) {
                sheet.removeRow(row);
            }
        }
        return sheet;
    }
}
