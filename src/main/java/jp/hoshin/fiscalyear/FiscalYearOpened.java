package jp.hoshin.fiscalyear;

import org.jspecify.annotations.Nullable;

/**
 * A fiscal year was opened. {@code previousFiscalYearId} is the latest earlier year of the same
 * municipality (not always the year before), whose organisation the new year starts from. Handled
 * synchronously within the opening transaction, so the year and its copied organisation appear together.
 */
public record FiscalYearOpened(
        String municipalityCode,
        long fiscalYearId,
        FiscalYear year,
        @Nullable Long previousFiscalYearId) {}
