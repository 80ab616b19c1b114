/**
 * 過去の意見募集の取り込み: the Excel workbook of a past consultation's published results — its template (sheets 意見募集,
 * 提出者数, 意見と市の考え方 and 反映区分) and reading it back with every problem located by sheet, row and column. Change
 * the layout in {@link jp.hoshin.publiccomment.archive.ArchiveWorkbookFormat}.
 */
@org.jspecify.annotations.NullMarked
package jp.hoshin.publiccomment.archive;
