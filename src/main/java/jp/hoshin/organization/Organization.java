package jp.hoshin.organization;

import jp.hoshin.shared.Messages;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation of a municipality's fiscal years: departments, sections and lineage. Every
 * change needs an open fiscal year and the version the user edited; each runs in one transaction.
 */
@Service
public class Organization implements DepartmentDirectory {

    private static final String CODE_PATTERN = "[a-z0-9][a-z0-9_-]{1,39}";

    private final DepartmentRepository departments;
    private final DepartmentLineageRepository lineage;
    private final FiscalYears fiscalYears;

    Organization(DepartmentRepository departments, DepartmentLineageRepository lineage, FiscalYears fiscalYears) {
        this.departments = departments;
        this.lineage = lineage;
        this.fiscalYears = fiscalYears;
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> departments(String municipalityCode, int year) {
        return departments(fiscalYears.get(municipalityCode, year));
    }

    /** The departments of a fiscal year the caller has already looked up. */
    @Transactional(readOnly = true)
    public List<DepartmentView> departments(FiscalYearView fiscalYear) {
        return departments.findByFiscalYear(fiscalYear.id()).stream().map(Department::view).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentView department(String municipalityCode, int year, String code) {
        return load(fiscalYears.get(municipalityCode, year), code).view();
    }

    /** Sets what a department says of itself (head, policy, work, mission, resources) and its sections. */
    @Transactional
    public DepartmentView describe(String municipalityCode, int year, String code, long editedVersion,
                                   DepartmentProfile profile, List<String> sectionNames) {
        FiscalYearView fy = openYear(municipalityCode, year);
        Department d = load(fy, code);
        ConcurrentEditException.check(editedVersion, d.version());
        d.describe(profile);
        d.replaceSections(cleanNames(sectionNames));
        departments.flush();
        return d.view();
    }

    /** 新設 — adds a department with no predecessor to an open year. */
    @Transactional
    public DepartmentView establish(String municipalityCode, int year, String code, String name, List<String> sectionNames) {
        FiscalYearView fy = openYear(municipalityCode, year);
        String folded = checkCode(fy, code);
        String cleanName = checkNewName(fy, name);
        Department d = new Department(fy.id(), folded, cleanName, departments.maxDisplayOrder(fy.id()) + 1);
        d.replaceSections(cleanNames(sectionNames));
        return departments.saveAndFlush(d).view();
    }

    /** 名称変更 — renames a department; its code, sections and lineage stay. */
    @Transactional
    public void rename(String municipalityCode, int year, String code, long editedVersion, String newName) {
        FiscalYearView fy = openYear(municipalityCode, year);
        Department d = load(fy, code);
        ConcurrentEditException.check(editedVersion, d.version());
        String clean = JapaneseText.text(newName);
        if (!clean.equals(d.name())) {
            checkNewName(fy, clean);
            d.rename(clean);
            departments.flush();
            reclassifyRename(d);
        }
    }

    /**
     * 統合 — the target department absorbs the others of the same year: their sections move to it,
     * their predecessors become its predecessors (統合), and they are removed from the year.
     */
    @Transactional
    public void merge(String municipalityCode, int year, String targetCode, List<String> absorbedCodes, String newName) {
        FiscalYearView fy = openYear(municipalityCode, year);
        Department target = load(fy, targetCode);
        if (absorbedCodes.isEmpty()) {
            throw new BusinessRuleException(Messages.get("organization.merge.noneChosen"));
        }
        for (DepartmentLineage link : lineage.findBySuccessorId(target.id())) {
            link.reclassify(LineageKind.MERGED);
        }
        for (String code : absorbedCodes) {
            if (code.equals(targetCode)) {
                throw new BusinessRuleException(Messages.get("organization.merge.intoItself"));
            }
            Department absorbed = load(fy, code);
            target.takeSections(absorbed, absorbed.sectionNames());
            for (DepartmentLineage link : lineage.findBySuccessorId(absorbed.id())) {
                if (!lineage.existsByPredecessorIdAndSuccessorId(link.predecessorId(), target.id())) {
                    lineage.save(new DepartmentLineage(link.predecessorId(), target.id(), LineageKind.MERGED));
                }
            }
            remove(absorbed);
        }
        departments.flush();
        String clean = JapaneseText.text(newName);
        if (!clean.isEmpty() && !clean.equals(target.name())) {
            checkNewName(fy, clean);
            target.rename(clean);
        }
    }

    /**
     * 分割 — a new department takes the named sections from the source; both now continue the
     * source's predecessors as 分割.
     */
    @Transactional
    public DepartmentView split(String municipalityCode, int year, String sourceCode, String newCode, String newName,
                                List<String> sectionNames) {
        FiscalYearView fy = openYear(municipalityCode, year);
        Department source = load(fy, sourceCode);
        String code = checkCode(fy, newCode);
        String name = checkNewName(fy, newName);
        Department created = departments.save(new Department(fy.id(), code, name, source.displayOrder()));
        created.takeSections(source, cleanNames(sectionNames));
        for (DepartmentLineage link : lineage.findBySuccessorId(source.id())) {
            link.reclassify(LineageKind.SPLIT);
            lineage.save(new DepartmentLineage(link.predecessorId(), created.id(), LineageKind.SPLIT));
        }
        departments.flush();
        return created.view();
    }

    /** 廃止 — removes a department from an open year. */
    @Transactional
    public void abolish(String municipalityCode, int year, String code, long editedVersion) {
        FiscalYearView fy = openYear(municipalityCode, year);
        Department d = load(fy, code);
        ConcurrentEditException.check(editedVersion, d.version());
        remove(d);
    }

    /**
     * Makes the open year's organisation what the snapshot says, all or nothing: departments not
     * in it are removed, listed ones are renamed, described and given their sections, new ones are
     * added, and each is linked to where it comes from.
     */
    @Transactional
    public void apply(String municipalityCode, int year, OrganizationSnapshot snapshot) {
        FiscalYearView fy = openYear(municipalityCode, year);
        Map<String, Department> current = departments.findByFiscalYear(fy.id()).stream()
                .collect(Collectors.toMap(Department::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> listed = snapshot.departments().stream().map(e -> JapaneseText.fold(e.code())).collect(Collectors.toSet());
        for (Department d : List.copyOf(current.values())) {
            if (!listed.contains(d.code())) {
                remove(d);
                current.remove(d.code());
            }
        }
        departments.flush();
        Map<String, Department> previous = previousYearDepartments(fy);
        int order = 1;
        for (OrganizationSnapshot.DepartmentEntry entry : snapshot.departments()) {
            String code = JapaneseText.fold(entry.code());
            if (!code.matches(CODE_PATTERN)) {
                throw new BusinessRuleException(Messages.get("organization.code.invalidNamed", code));
            }
            Department d = current.get(code);
            if (d == null) {
                d = departments.save(new Department(fy.id(), code, JapaneseText.text(entry.name()), order));
            } else {
                d.rename(JapaneseText.text(entry.name()));
                d.moveToPosition(order);
            }
            d.describe(entry.profile());
            d.replaceSections(cleanNames(entry.sections()));
            if (entry.origin() != null) {
                for (DepartmentLineage link : lineage.findBySuccessorId(d.id())) {
                    lineage.delete(link);
                }
                lineage.flush();
                for (String from : entry.origin().from()) {
                    Department pred = previous.get(JapaneseText.fold(from));
                    if (pred == null) {
                        throw new BusinessRuleException(Messages.get("organization.lineage.predecessorMissing", entry.name(), from));
                    }
                    lineage.save(new DepartmentLineage(pred.id(), d.id(), entry.origin().kind()));
                }
            }
            order++;
        }
        departments.flush();
        for (Department d : departments.findByFiscalYear(fy.id())) {
            reclassifyRename(d);
        }
    }

    @Transactional(readOnly = true)
    public DepartmentHistory history(String municipalityCode, int year, String code) {
        Department start = load(fiscalYears.get(municipalityCode, year), code);
        Map<Long, FiscalYear> years = fiscalYears.list(municipalityCode).stream()
                .collect(Collectors.toMap(FiscalYearView::id, FiscalYearView::year));
        Set<Long> seen = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(start.id()));
        List<DepartmentLineage> links = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < 500) {
            Long id = queue.pop();
            if (!seen.add(id)) {
                continue;
            }
            for (DepartmentLineage l : lineage.findBySuccessorIdIn(List.of(id))) {
                links.add(l);
                queue.add(l.predecessorId());
            }
            for (DepartmentLineage l : lineage.findByPredecessorIdIn(List.of(id))) {
                links.add(l);
                queue.add(l.successorId());
            }
        }
        Map<Long, Department> byId = departments.findByIdIn(seen).stream().collect(Collectors.toMap(Department::id, Function.identity()));
        Map<Long, List<DepartmentHistory.Link>> from = new HashMap<>();
        links.stream().distinct().forEach(l -> {
            Department p = byId.get(l.predecessorId());
            if (p != null && from.computeIfAbsent(l.successorId(), k -> new ArrayList<>()).stream()
                    .noneMatch(x -> x.code().equals(p.code()) && x.year().equals(years.get(p.fiscalYearId())))) {
                from.get(l.successorId()).add(new DepartmentHistory.Link(l.kind(), years.get(p.fiscalYearId()), p.code(), p.name()));
            }
        });
        List<DepartmentHistory.Entry> entries = byId.values().stream()
                .sorted(Comparator.comparing((Department d) -> years.get(d.fiscalYearId())).thenComparing(Department::displayOrder))
                .map(d -> new DepartmentHistory.Entry(d.id(), years.get(d.fiscalYearId()), d.code(), d.name(),
                        List.copyOf(from.getOrDefault(d.id(), List.of()))))
                .toList();
        return new DepartmentHistory(entries);
    }

    /** The organisation codes of a municipality with the name of their latest year. */
    @Override
    @Transactional(readOnly = true)
    public List<DepartmentChoice> departments(String municipalityCode) {
        List<Long> ids = fiscalYears.list(municipalityCode).stream().map(FiscalYearView::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, String> latest = new LinkedHashMap<>();
        for (Department d : departments.findByFiscalYears(ids)) {
            latest.putIfAbsent(d.code(), d.name());
        }
        return latest.entrySet().stream().map(e -> new DepartmentChoice(e.getKey(), e.getValue())).toList();
    }

    /** Copies the previous year's departments into a newly opened year, linked as 継続. */
    void carryOver(long previousFiscalYearId, long newFiscalYearId) {
        for (Department d : departments.findByFiscalYear(previousFiscalYearId)) {
            Department copy = departments.save(d.carryInto(newFiscalYearId));
            lineage.save(new DepartmentLineage(d.id(), copy.id(), LineageKind.CONTINUED));
        }
    }

    /** Removes a department with its lineage links, each removal recorded in the audit trail. */
    private void remove(Department d) {
        lineage.deleteAll(lineage.findBySuccessorIdIn(List.of(d.id())));
        lineage.deleteAll(lineage.findByPredecessorIdIn(List.of(d.id())));
        lineage.flush();
        departments.delete(d);
    }

    private Map<String, Department> previousYearDepartments(FiscalYearView fy) {
        return fiscalYears.list(fy.municipalityCode()).stream()
                .filter(y -> y.year().compareTo(fy.year()) < 0)
                .findFirst()
                .map(prev -> departments.findByFiscalYear(prev.id()).stream()
                        .collect(Collectors.toMap(Department::code, Function.identity())))
                .orElse(Map.of());
    }

    /** A single 継続/名称変更 link says 名称変更 exactly when the name differs from the predecessor's. */
    private void reclassifyRename(Department d) {
        List<DepartmentLineage> links = lineage.findBySuccessorId(d.id());
        if (links.size() != 1) {
            return;
        }
        DepartmentLineage link = links.getFirst();
        if (link.kind() != LineageKind.CONTINUED && link.kind() != LineageKind.RENAMED) {
            return;
        }
        departments.findById(link.predecessorId()).ifPresent(p ->
                link.reclassify(p.name().equals(d.name()) ? LineageKind.CONTINUED : LineageKind.RENAMED));
    }

    private FiscalYearView openYear(String municipalityCode, int year) {
        FiscalYearView fy = fiscalYears.get(municipalityCode, year);
        fy.requireOpen();
        return fy;
    }

    private Department load(FiscalYearView fy, String code) {
        return departments.findByFiscalYearAndCode(fy.id(), JapaneseText.fold(code))
                .orElseThrow(() -> new NotFoundException(Messages.get("organization.department.notFound", fy.year().label(), code)));
    }

    private String checkCode(FiscalYearView fy, String code) {
        String folded = JapaneseText.fold(code).toLowerCase(Locale.ROOT);
        if (!folded.matches(CODE_PATTERN)) {
            throw new BusinessRuleException(Messages.get("organization.code.invalid"));
        }
        if (departments.existsByFiscalYearIdAndCode(fy.id(), folded)) {
            throw new BusinessRuleException(Messages.get("organization.code.taken", folded, fy.year().label()));
        }
        return folded;
    }

    private String checkNewName(FiscalYearView fy, String name) {
        String clean = JapaneseText.text(name);
        if (clean.isEmpty() || clean.length() > 60) {
            throw new BusinessRuleException(Messages.get("organization.name.length"));
        }
        if (departments.existsByFiscalYearIdAndName(fy.id(), clean)) {
            throw new BusinessRuleException(Messages.get("organization.name.taken", clean, fy.year().label()));
        }
        return clean;
    }

    private static List<String> cleanNames(List<String> names) {
        List<String> clean = names.stream().map(JapaneseText::text).filter(n -> !n.isEmpty()).toList();
        for (String n : clean) {
            if (n.length() > 60) {
                throw new BusinessRuleException(Messages.get("organization.section.tooLong", n.substring(0, 20)));
            }
        }
        return clean;
    }
}
