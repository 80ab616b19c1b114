package jp.hoshin.publiccomment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A past consultation's published results as a city's archive holds them (read from the import workbook): the
 * consultation, its plan by name, 公表日, the number of submitters by channel, and every item with its number, 論点,
 * 意見の要旨, 市の考え方, 反映区分 and the change — no submitter details.
 */
public record ArchivedConsultation(
        String departmentCode,
        String planName,
        String title,
        @Nullable String summary,
        ConsultationPeriod period,
        LocalDate publishedOn,
        @Nullable String eligibility,
        @Nullable String changes,
        Map<OpinionChannel, Integer> submitters,
        List<Item> items) {

    public ArchivedConsultation {
        submitters = Map.copyOf(submitters);
        items = List.copyOf(items);
    }

    /** One item as numbered in the city's results; {@code sharesAnswerOf}: the number of the item whose answer it shares. */
    public record Item(
            int number,
            @Nullable String topic,
            String text,
            @Nullable String cityView,
            @Nullable String reflection,
            @Nullable String changeNote,
            @Nullable Integer sharesAnswerOf,
            OpinionChannel channel) {}
}
