package jp.hoshin.publiccomment;

import java.util.List;

/** 結果の公表 — the numbers of submitters and opinions, each published opinion with the city's view, and the changes. */
public record ConsultationResults(
        ConsultationView consultation, int submitters, int opinions, int withheld, List<PublishedOpinion> published) {}
