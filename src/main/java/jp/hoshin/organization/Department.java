package jp.hoshin.organization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * 部 — a department in one fiscal year, with its sections. {@code code} is the organisation code
 * that stays the same while the department continues (also across renames), so that staff
 * assignments and links follow it from year to year.
 */
@Entity
@Audited
@Table(name = "department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long fiscalYearId;

    private String code;

    private String name;

    private int displayOrder;

    private @Nullable String headName;
    private @Nullable String headNameKana;
    private @Nullable String basicPolicy;
    private @Nullable String workDescription;
    private @Nullable String missionHeadline;
    private @Nullable String mission;
    private @Nullable Integer staffCount;
    private @Nullable Long budgetYen;

    @Version
    private long version;

    @OneToMany(mappedBy = "department", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("displayOrder")
    private List<Section> sections = new ArrayList<>();

    protected Department() {}

    Department(long fiscalYearId, String code, String name, int displayOrder) {
        this.fiscalYearId = fiscalYearId;
        this.code = code;
        this.name = name;
        this.displayOrder = displayOrder;
    }

    /** A copy of this department for a new fiscal year, with the same profile and sections. */
    Department carryInto(long newFiscalYearId) {
        Department copy = new Department(newFiscalYearId, code, name, displayOrder);
        copy.describe(profile());
        copy.replaceSections(sections.stream().map(Section::name).toList());
        return copy;
    }

    void describe(DepartmentProfile profile) {
        this.headName = profile.headName();
        this.headNameKana = profile.headNameKana();
        this.basicPolicy = profile.basicPolicy();
        this.workDescription = profile.workDescription();
        this.missionHeadline = profile.missionHeadline();
        this.mission = profile.mission();
        this.staffCount = profile.staffCount();
        this.budgetYen = profile.budgetYen();
    }

    /**
     * Sets 使命・目標 and the resources as the department's plan of the year states them: the plan shows and edits
     * them, this department keeps the one stored value. The rest of the profile is untouched.
     */
    void describeMissionAndResources(
            @Nullable String missionHeadline,
            @Nullable String mission,
            @Nullable Integer staffCount,
            @Nullable Long budgetYen) {
        DepartmentProfile p = profile();
        describe(new DepartmentProfile(
                p.headName(),
                p.headNameKana(),
                p.basicPolicy(),
                p.workDescription(),
                missionHeadline,
                mission,
                staffCount,
                budgetYen));
    }

    void rename(String newName) {
        this.name = newName;
    }

    void moveToPosition(int order) {
        this.displayOrder = order;
    }

    /**
     * Sets the sections to these names in this order. Sections that keep their name keep their
     * identity (and history); others are added or removed.
     */
    void replaceSections(List<String> names) {
        Set<String> unique = new LinkedHashSet<>(names);
        if (unique.size() != names.size()) {
            throw new BusinessRuleException(Messages.get("organization.section.duplicate"));
        }
        sections.removeIf(s -> !unique.contains(s.name()));
        int order = 1;
        List<Section> ordered = new ArrayList<>();
        for (String n : unique) {
            Section existing = sections.stream()
                    .filter(s -> s.name().equals(n))
                    .findFirst()
                    .orElse(null);
            if (existing == null) {
                existing = new Section(this, n, order);
            } else {
                existing.reorder(order);
            }
            ordered.add(existing);
            order++;
        }
        sections.clear();
        sections.addAll(ordered);
    }

    /**
     * Takes the named sections from another department of the same year (for a split or a merge).
     * The section leaves the other department (recorded as removed there) and is created here.
     */
    void takeSections(Department from, List<String> names) {
        for (String n : names) {
            Section s = from.sections.stream()
                    .filter(x -> x.name().equals(n))
                    .findFirst()
                    .orElseThrow(
                            () -> new BusinessRuleException(Messages.get("organization.section.notIn", from.name, n)));
            if (sections.stream().anyMatch(x -> x.name().equals(n))) {
                throw new BusinessRuleException(Messages.get("organization.section.alreadyIn", name, n));
            }
            from.sections.remove(s);
            sections.add(new Section(this, n, sections.size() + 1));
        }
    }

    DepartmentProfile profile() {
        return new DepartmentProfile(
                headName, headNameKana, basicPolicy, workDescription, missionHeadline, mission, staffCount, budgetYen);
    }

    DepartmentView view() {
        return new DepartmentView(
                id,
                fiscalYearId,
                code,
                name,
                displayOrder,
                profile(),
                sections.stream().map(Section::view).toList(),
                version);
    }

    Long id() {
        return id;
    }

    long fiscalYearId() {
        return fiscalYearId;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int displayOrder() {
        return displayOrder;
    }

    long version() {
        return version;
    }

    List<String> sectionNames() {
        return sections.stream().map(Section::name).toList();
    }
}
