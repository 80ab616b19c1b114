package jp.hoshin.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.hoshin.fiscalyear.FiscalYearView;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 組織改正 — reshaping the organisation of an open fiscal year: 新設, 名称変更, 統合, 分割, 廃止, and a whole snapshot at once
 * (demo data, imports). Each act keeps the lineage (継続・名称変更・統合・分割) that {@link Organization#history} follows, and
 * runs in one transaction.
 */
@Service
public class Reorganization {

    private static final String CODE_PATTERN = "[a-z0-9][a-z0-9_-]{1,39}";

    private final DepartmentRepository departments;
    private final DepartmentLineageRepository lineage;
    private final FiscalYears fiscalYears;
    private final DepartmentStore store;

    Reorganization(
            DepartmentRepository departments,
            DepartmentLineageRepository lineage,
            FiscalYears fiscalYears,
            DepartmentStore store) {
        this.departments = departments;
        this.lineage = lineage;
        this.fiscalYears = fiscalYears;
        this.store = store;
    }

    /** 新設 — adds a department with no predecessor to an open year. */
    @Transactional
    public DepartmentView establish(
            String municipalityCode, int year, String code, String name, List<String> sectionNames) {
        FiscalYearView fy = store.openYear(municipalityCode, year);
        String folded = checkCode(fy, code);
        String cleanName = checkNewName(fy, name);
        Department d = new Department(fy.id(), folded, cleanName, departments.maxDisplayOrder(fy.id()) + 1);
        d.replaceSections(DepartmentStore.cleanNames(sectionNames));
        return departments.saveAndFlush(d).view();
    }

    /** 名称変更 — renames a department; its code, sections and lineage stay. */
    @Transactional
    public void rename(String municipalityCode, int year, String code, long editedVersion, String newName) {
        FiscalYearView fy = store.openYear(municipalityCode, year);
        Department d = store.load(fy, code);
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
    public void merge(
            String municipalityCode, int year, String targetCode, List<String> absorbedCodes, String newName) {
        FiscalYearView fy = store.openYear(municipalityCode, year);
        Department target = store.load(fy, targetCode);
        if (absorbedCodes.isEmpty()) {
            throw BusinessRuleException.about("absorbed", Messages.get("organization.merge.noneChosen"));
        }
        for (DepartmentLineage link : lineage.findBySuccessorId(target.id())) {
            link.reclassify(LineageKind.MERGED);
        }
        for (String code : absorbedCodes) {
            if (code.equals(targetCode)) {
                throw BusinessRuleException.about("absorbed", Messages.get("organization.merge.intoItself"));
            }
            Department absorbed = store.load(fy, code);
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
    public DepartmentView split(
            String municipalityCode,
            int year,
            String sourceCode,
            String newCode,
            String newName,
            List<String> sectionNames) {
        FiscalYearView fy = store.openYear(municipalityCode, year);
        Department source = store.load(fy, sourceCode);
        String code = checkCode(fy, newCode);
        String name = checkNewName(fy, newName);
        Department created = departments.save(new Department(fy.id(), code, name, source.displayOrder()));
        created.takeSections(source, DepartmentStore.cleanNames(sectionNames));
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
        FiscalYearView fy = store.openYear(municipalityCode, year);
        Department d = store.load(fy, code);
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
        FiscalYearView fy = store.openYear(municipalityCode, year);
        Map<String, Department> current = departments.findByFiscalYear(fy.id()).stream()
                .collect(Collectors.toMap(Department::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> listed = snapshot.departments().stream()
                .map(e -> JapaneseText.fold(e.code()))
                .collect(Collectors.toSet());
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
            d.replaceSections(DepartmentStore.cleanNames(entry.sections()));
            if (entry.origin() != null) {
                for (DepartmentLineage link : lineage.findBySuccessorId(d.id())) {
                    lineage.delete(link);
                }
                lineage.flush();
                for (String from : entry.origin().from()) {
                    Department pred = previous.get(JapaneseText.fold(from));
                    if (pred == null) {
                        throw new BusinessRuleException(
                                Messages.get("organization.lineage.predecessorMissing", entry.name(), from));
                    }
                    lineage.save(new DepartmentLineage(
                            pred.id(), d.id(), entry.origin().kind()));
                }
            }
            order++;
        }
        departments.flush();
        for (Department d : departments.findByFiscalYear(fy.id())) {
            reclassifyRename(d);
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
        departments
                .findById(link.predecessorId())
                .ifPresent(
                        p -> link.reclassify(p.name().equals(d.name()) ? LineageKind.CONTINUED : LineageKind.RENAMED));
    }

    private String checkCode(FiscalYearView fy, String code) {
        String folded = JapaneseText.fold(code).toLowerCase(Locale.ROOT);
        if (!folded.matches(CODE_PATTERN)) {
            throw BusinessRuleException.about("newCode", Messages.get("organization.code.invalid"));
        }
        if (departments.existsByFiscalYearIdAndCode(fy.id(), folded)) {
            throw BusinessRuleException.about(
                    "newCode",
                    Messages.get("organization.code.taken", folded, fy.year().label()));
        }
        return folded;
    }

    private String checkNewName(FiscalYearView fy, String name) {
        String clean = JapaneseText.text(name);
        if (clean.isEmpty() || clean.length() > 60) {
            throw BusinessRuleException.about("newName", Messages.get("organization.name.length"));
        }
        if (departments.existsByFiscalYearIdAndName(fy.id(), clean)) {
            throw BusinessRuleException.about(
                    "newName",
                    Messages.get("organization.name.taken", clean, fy.year().label()));
        }
        return clean;
    }
}
