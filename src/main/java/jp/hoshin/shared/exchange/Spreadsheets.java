package jp.hoshin.shared.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Opening uploaded files. A file that is damaged, encrypted or not an Excel file is the user's problem and gets a message;
 * a fault in Hoshin's own code is not taken for one (it is thrown on, so that it is seen and fixed).
 */
public final class Spreadsheets {

    private Spreadsheets() {}

    /** The workbook, or empty (with a problem recorded) when the bytes are not a readable .xlsx/.xls file. */
    public static Optional<Workbook> open(byte[] content, Problems problems, String unreadableMessage) {
        try {
            return Optional.of(WorkbookFactory.create(new ByteArrayInputStream(content)));
        } catch (IOException e) {
            problems.ofFile(unreadableMessage);
            return Optional.empty();
        } catch (RuntimeException e) {
            if (!isAboutTheFile(e)) {
                throw e;
            }
            problems.ofFile(unreadableMessage);
            return Optional.empty();
        }
    }

    /**
     * Whether an exception was raised by the file libraries while reading a file (Apache POI, XMLBeans, Commons Compress,
     * the JDK's zip reader): then the file is at fault. An exception raised in Hoshin's code is a fault of ours.
     */
    public static boolean isAboutTheFile(Throwable e) {
        if (e instanceof IOException) {
            return true;
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0) {
            return false;
        }
        String origin = trace[0].getClassName();
        return origin.startsWith("org.apache.poi.")
                || origin.startsWith("org.apache.xmlbeans.")
                || origin.startsWith("org.apache.commons.compress.")
                || origin.startsWith("org.apache.commons.io.")
                || origin.startsWith("java.util.zip.")
                || origin.startsWith("org.openxmlformats.")
                || e.getClass().getName().startsWith("org.apache.poi.");
    }

    /** Whether the bytes start like a zip archive (.xlsx). */
    public static boolean looksLikeXlsx(byte[] content) {
        return content.length > 1 && content[0] == 'P' && content[1] == 'K';
    }

    /** CSV text: UTF-8 (with or without BOM), or Shift_JIS (Windows-31J) as Excel in Japan saves it. */
    public static String decodeCsv(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-31j"));
        }
    }

    /** The column letter Excel shows (0 → A, 27 → AB). */
    public static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }
}
