package jp.hoshin.departmentplan.workbook;

import org.jspecify.annotations.Nullable;

/**
 * Which plan a workbook was made from, kept on its hidden sheet: municipality, fiscal year (start
 * year), department, and the plan's version at download ({@code null}: the empty template, made
 * before the plan was started). An upload made from an older version is refused.
 */
public record WorkbookIdentity(
        String municipalityCode,
        int fiscalYear,
        String departmentCode,
        @Nullable Long planVersion) {}
