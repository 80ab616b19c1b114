package jp.hoshin.departmentplan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/**
 * 比較 — two versions of a department's plan side by side (the finalised version and its revision, or the plans of two
 * years) with what changed marked per field and per project: added, removed, changed or the same. Projects are
 * matched by id, by the link of a continued or carried-over project to its earlier one, then by title.
 */
public record PlanComparison(List<FieldChange> fields, List<ProjectChange> projects) {

    /** How a field or project differs from the left (older) version to the right (newer) one. */
    public enum Change {
        SAME,
        ADDED,
        REMOVED,
        CHANGED;

        /** The mark shown beside it (a symbol and a word, never colour alone). */
        public String mark() {
            return switch (this) {
                case SAME -> Messages.get("compare.change.SAME");
                case ADDED -> Messages.get("compare.change.ADDED");
                case REMOVED -> Messages.get("compare.change.REMOVED");
                case CHANGED -> Messages.get("compare.change.CHANGED");
            };
        }

        static Change of(@Nullable String left, @Nullable String right) {
            if (Objects.equals(left, right)) {
                return SAME;
            }
            if (left == null) {
                return ADDED;
            }
            return right == null ? REMOVED : CHANGED;
        }
    }

    /** One field of the two versions. */
    public record FieldChange(
            String field, @Nullable String left, @Nullable String right, Change change) {
        static FieldChange of(String key, @Nullable String left, @Nullable String right) {
            String l = blankToNull(left);
            String r = blankToNull(right);
            return new FieldChange(Messages.get(key), l, r, Change.of(l, r));
        }
    }

    /** A project of either version: its numbers on each side, its title and its fields. */
    public record ProjectChange(
            Change change,
            @Nullable Integer leftNumber,
            @Nullable Integer rightNumber,
            String title,
            List<FieldChange> fields) {}

    public long changedFields() {
        return fields.stream().filter(f -> f.change() != Change.SAME).count();
    }

    public long count(Change change) {
        return projects.stream().filter(p -> p.change() == change).count();
    }

    /** Compares {@code left} (the older version) with {@code right} (the newer one). */
    public static PlanComparison of(DepartmentPlanView left, DepartmentPlanView right) {
        PlanContent l = left.content();
        PlanContent r = right.content();
        List<FieldChange> fields = List.of(
                FieldChange.of("compare.field.missionHeadline", l.missionHeadline(), r.missionHeadline()),
                FieldChange.of("compare.field.mission", l.mission(), r.mission()),
                FieldChange.of("compare.field.sectionRoles", roles(l.sectionRoles()), roles(r.sectionRoles())),
                FieldChange.of("compare.field.staffCount", number(l.staffCount()), number(r.staffCount())),
                FieldChange.of("compare.field.budget", number(l.budgetYen()), number(r.budgetYen())),
                FieldChange.of("compare.field.policies", l.policies(), r.policies()));
        List<ProjectChange> projects = new ArrayList<>();
        Set<Long> matchedRight = new HashSet<>();
        for (ProjectView lp : left.projects()) {
            ProjectView rp = right.projects().stream()
                    .filter(p -> !matchedRight.contains(p.id()))
                    .filter(p -> p.id() == lp.id()
                            || Objects.equals(p.continuedFromId(), lp.id())
                            || Objects.equals(p.carriedFromId(), lp.id()))
                    .findFirst()
                    .or(() -> right.projects().stream()
                            .filter(p -> !matchedRight.contains(p.id()))
                            .filter(p -> p.title().equals(lp.title()))
                            .findFirst())
                    .orElse(null);
            if (rp == null) {
                projects.add(new ProjectChange(Change.REMOVED, lp.number(), null, lp.title(), projectFields(lp, null)));
            } else {
                matchedRight.add(rp.id());
                List<FieldChange> f = projectFields(lp, rp);
                boolean same = f.stream().allMatch(x -> x.change() == Change.SAME);
                projects.add(new ProjectChange(
                        same ? Change.SAME : Change.CHANGED, lp.number(), rp.number(), rp.title(), f));
            }
        }
        for (ProjectView rp : right.projects()) {
            if (!matchedRight.contains(rp.id())) {
                projects.add(new ProjectChange(Change.ADDED, null, rp.number(), rp.title(), projectFields(null, rp)));
            }
        }
        return new PlanComparison(fields, projects);
    }

    private static List<FieldChange> projectFields(@Nullable ProjectView l, @Nullable ProjectView r) {
        return List.of(
                FieldChange.of("compare.field.title", l == null ? null : l.title(), r == null ? null : r.title()),
                FieldChange.of(
                        "compare.field.leadSection",
                        l == null ? null : l.leadSection(),
                        r == null ? null : r.leadSection()),
                FieldChange.of(
                        "compare.field.description",
                        l == null ? null : l.description(),
                        r == null ? null : r.description()),
                FieldChange.of("compare.field.main", l == null ? null : main(l), r == null ? null : main(r)),
                FieldChange.of("compare.field.targets", l == null ? null : targets(l), r == null ? null : targets(r)),
                FieldChange.of(
                        "compare.field.element",
                        l == null ? null : l.policyElementKey(),
                        r == null ? null : r.policyElementKey()));
    }

    private static String main(ProjectView p) {
        return p.main() ? Messages.get("compare.main.yes") : Messages.get("compare.main.no");
    }

    private static String targets(ProjectView p) {
        return p.targets().stream().map(TargetIndicator::text).collect(Collectors.joining("\n"));
    }

    private static String roles(List<SectionRole> roles) {
        return roles.stream().map(x -> x.section() + "：" + x.role()).collect(Collectors.joining("\n"));
    }

    private static @Nullable String number(@Nullable Number n) {
        return n == null ? null : String.format("%,d", n.longValue());
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
