/**
 * 外部評価委員会 / 市民評価委員会 — the external committee that evaluates the measures (施策) of the basic plan: per
 * municipality and fiscal year its members and meetings, per measure its rating and its 提言 (recommendations), the
 * city's 対応方針 and the follow-up of each 提言 in later years until it is closed. Implements
 * {@link jp.hoshin.measureevaluation.ExternalReviews} for the measure evaluation sheet; {@code measureevaluation} knows
 * nothing of this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation committee")
@org.jspecify.annotations.NullMarked
package jp.hoshin.committee;
