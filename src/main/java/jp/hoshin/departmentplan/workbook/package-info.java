/**
 * The Excel round-trip of a department plan: the workbook format (sheets 部の方針, 各課の役割, 個別事業,
 * 目標指標 and a hidden sheet identifying the plan and the version it was made from), writing it, reading
 * it back with every problem located by sheet, row and column, and applying it as one whole-draft
 * replacement. Change the format in {@link jp.hoshin.departmentplan.workbook.PlanWorkbookFormat}.
 */
@org.jspecify.annotations.NullMarked
package jp.hoshin.departmentplan.workbook;
