package jp.hoshin.organization;

import java.util.List;

/** A department of a fiscal year as pages, the API and other modules read it. */
public record DepartmentView(
        long id,
        long fiscalYearId,
        String code,
        String name,
        int displayOrder,
        DepartmentProfile profile,
        List<SectionView> sections,
        long version) {}
