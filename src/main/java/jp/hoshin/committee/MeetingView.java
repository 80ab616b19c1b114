package jp.hoshin.committee;

import java.time.LocalDate;

import jp.hoshin.shared.JapaneseDates;
import org.jspecify.annotations.Nullable;

/** A meeting as pages read it; {@code pdfFilename} is null when no minutes PDF was uploaded. */
public record MeetingView(
        long id,
        int number,
        LocalDate heldOn,
        String agenda,
        String minutes,
        @Nullable String pdfFilename,
        int pdfSize,
        long version) {

    public boolean hasPdf() {
        return pdfFilename != null;
    }

    /** 令和6（2024）年7月10日. */
    public String heldOnLabel() {
        return JapaneseDates.format(heldOn);
    }
}
