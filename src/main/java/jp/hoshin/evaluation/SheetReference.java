package jp.hoshin.evaluation;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.shared.Messages;

/** 評価シートの指定 — which evaluation sheet: the municipality, the fiscal year it evaluates and its number (No.). */
public record SheetReference(String municipalityCode, int year, int number) {

    public SheetReference {
        if (municipalityCode == null || municipalityCode.isBlank()) {
            throw new IllegalArgumentException("municipalityCode");
        }
    }

    /** "令和6年度の評価シート No.3" as messages name it. */
    String label() {
        return Messages.get("evaluation.sheet.label", FiscalYear.of(year).label(), number);
    }
}
