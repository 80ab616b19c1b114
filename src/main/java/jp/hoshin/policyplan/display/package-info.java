/**
 * How indicators are shown, on pages and in PDFs (the white paper draws them too): numbers with the precision of the
 * indicator ({@link jp.hoshin.policyplan.display.IndicatorFormat}), the table in the shape cities print it
 * ({@link jp.hoshin.policyplan.display.IndicatorTable}) and the accessible SVG chart
 * ({@link jp.hoshin.policyplan.display.IndicatorChart}). Presentation only: the rules (judgement, values) stay in the
 * module's root.
 */
@org.springframework.modulith.NamedInterface("display")
@org.jspecify.annotations.NullMarked
package jp.hoshin.policyplan.display;
