package jp.hoshin.search.internal;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.SectionView;
import jp.hoshin.search.SearchDocument;
import jp.hoshin.search.SearchKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** 部 of each year: the department's page (its head, policy, work, mission and sections). */
@Component
@Order(1)
class DepartmentSource implements SearchSource {

    @Override
    public Stream<SearchDocument> documents(SourceContext m) {
        return m.years().stream().map(FiscalYearView::year).flatMap(fy -> {
            int year = fy.startYear();
            return m.departments().getOrDefault(year, java.util.List.of()).stream()
                    .map(d -> department(m.code(), year, d));
        });
    }

    private static SearchDocument department(String code, int year, DepartmentView d) {
        DepartmentProfile p = d.profile();
        String body = SourceText.join(
                p.headName(),
                p.headNameKana(),
                p.basicPolicy(),
                p.workDescription(),
                p.missionHeadline(),
                p.mission(),
                d.sections().stream().map(SectionView::name).collect(Collectors.joining(" ")));
        return new SearchDocument(
                "department:" + year + ":" + d.code(),
                code,
                SearchKind.DEPARTMENT,
                year,
                d.code(),
                d.name(),
                d.name(),
                body,
                "/m/" + code + "/" + year + "/departments/" + d.code(),
                Set.of(SearchDocument.PUBLIC));
    }
}
