package jp.hoshin.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.DepartmentDirectory.DepartmentChoice;
import jp.hoshin.organization.DepartmentView;
import jp.hoshin.organization.Organization;
import jp.hoshin.search.SearchDocument;
import org.springframework.stereotype.Component;

/**
 * Everything there is to find of a municipality: the documents of every {@link SearchSource} (one per kind of content,
 * each reading its module's public API), given the municipality's years and departments read once.
 */
@Component
public class SearchSources {

    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final List<SearchSource> sources;

    SearchSources(FiscalYears fiscalYears, Organization organization, List<SearchSource> sources) {
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.sources = List.copyOf(sources);
    }

    /** Everything there is to find of the municipality: public documents and the unpublished work for staff. */
    public List<SearchDocument> documents(String code) {
        SourceContext context = context(code);
        return sources.stream().flatMap(s -> s.documents(context)).toList();
    }

    private SourceContext context(String code) {
        List<FiscalYearView> years = fiscalYears.list(code);
        Map<String, String> latestNames = organization.departments(code).stream()
                .collect(Collectors.toMap(DepartmentChoice::code, DepartmentChoice::name, (a, b) -> a));
        Map<Integer, List<DepartmentView>> departments = new HashMap<>();
        for (FiscalYearView fy : years) {
            departments.put(fy.year().startYear(), organization.departments(fy));
        }
        return new SourceContext(code, years, departments, latestNames);
    }
}
