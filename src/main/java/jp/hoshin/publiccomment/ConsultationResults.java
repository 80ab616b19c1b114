package jp.hoshin.publiccomment;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 結果の公表 — 公表日, the counts (提出者数 = people and groups, 意見件数 = items; by channel and by 反映区分; the items
 * reflected in the plan), and each published item with the city's answer. Nothing personal.
 */
public record ConsultationResults(
        ConsultationView consultation,
        @Nullable LocalDate publishedOn,
        int submitters,
        int items,
        int withheldItems,
        int reflectedItems,
        List<ChannelCount> byChannel,
        List<ReflectionCount> byReflection,
        List<PublishedOpinion> published) {

    /** 提出方法ごとの提出者数と意見件数. */
    public record ChannelCount(OpinionChannel channel, int submitters, int items) {}

    /** 反映区分ごとの意見件数 (of the published items). */
    public record ReflectionCount(String label, boolean reflected, int items) {}
}
