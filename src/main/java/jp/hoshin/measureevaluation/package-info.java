/**
 * 施策評価 — the evaluation of each measure (施策) of a basic plan in a fiscal year: the sheet (施策評価シート) reads the
 * measure's place, indicators, 取組状況, linked projects and 事務事業評価 sheets and total cost from their modules as of the
 * year and keeps only what is entered (市民意識調査, the owning department's 一次評価, the planning section's 二次評価);
 * the review 一次評価 → 二次評価 → 外部評価 (when the year uses it) → 確定 → 公表 with steps and revisions; the
 * municipality's scales; public pages, PDF, CSV and the Excel round-trip ({@code workbook}). The external committee's
 * part comes through the SPI {@link jp.hoshin.measureevaluation.ExternalReviews}, implemented elsewhere or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measure evaluation")
@org.jspecify.annotations.NullMarked
package jp.hoshin.measureevaluation;
