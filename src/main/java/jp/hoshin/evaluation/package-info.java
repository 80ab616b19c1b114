/**
 * 事業評価 — the evaluation of projects: one 事務事業評価シート per project and fiscal year (identity, 対象・意図・手段,
 * activity and outcome indicators, costs by funding source with 人件費 and トータルコスト over three years, the
 * assessment of 妥当性・有効性・効率性 and the 今後の方向性), its review 一次評価 → 二次評価 → 確定 → 公表 (each step
 * recorded, revisions with a reason), carry-forward into the next year, the planning section's budget list, public
 * pages, PDFs, open-data CSV and the Excel round-trip ({@code workbook}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Project evaluation")
@org.jspecify.annotations.NullMarked
package jp.hoshin.evaluation;
