package jp.hoshin.measureevaluation;

/** A measure evaluation sheet: the municipality, the fiscal year and the measure (its basic plan's ID and element key). */
public record MeasureReference(String municipalityCode, int fiscalYear, String planKey, String elementKey) {}
