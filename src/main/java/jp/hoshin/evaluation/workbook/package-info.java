/**
 * The Excel round-trip of evaluation sheets: one worksheet per sheet, a guide sheet and the hidden {@code _hoshin}
 * sheet that names the municipality, year, and each worksheet's sheet number and version.
 */
@org.jspecify.annotations.NullMarked
package jp.hoshin.evaluation.workbook;
