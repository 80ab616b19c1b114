/**
 * 手続きの段階 — what the workflows of department plans and evaluation sheets share: a step taken (who, when,
 * from which state to which, with what comment), the row that records it, and the rule that a step which needs a
 * reason is refused without one. The aggregates decide which transitions they allow; this package only records them.
 */
@org.jspecify.annotations.NullMarked
package jp.hoshin.shared.workflow;
