/**
 * The exchange kit: what every Excel and CSV import shares. {@link jp.hoshin.shared.exchange.Spreadsheets} opens a file
 * (a damaged or foreign file is a problem for the user, a fault of ours is not hidden), {@link jp.hoshin.shared.exchange.CellValue}
 * says what a cell holds, {@link jp.hoshin.shared.exchange.RowReader} reads typed values (text, whole numbers, decimals,
 * 和暦 dates and years, choices, marks; full-width input alike) and records every problem in one
 * {@link jp.hoshin.shared.exchange.Problems} list, each an {@link jp.hoshin.shared.exchange.ExchangeProblem} in one
 * Japanese format. A module supplies only its layout: which sheet, row and column holds what.
 */
@org.jspecify.annotations.NullMarked
package jp.hoshin.shared.exchange;
