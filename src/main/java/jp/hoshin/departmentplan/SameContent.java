package jp.hoshin.departmentplan;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jp.hoshin.shared.JapaneseText;
import org.jspecify.annotations.Nullable;

/**
 * Whether a draft says the same as what is stored, the way a reader would judge it: surrounding
 * spaces, blank lines between statements and the notation of numbers (80 = 80.0) do not count, and
 * neither do the actual values and carry-over links that a draft does not carry. A whole-draft
 * replacement writes only what differs, so an unchanged upload leaves no version and no revision.
 */
final class SameContent {

    private SameContent() {}

    static boolean plan(PlanContent a, PlanContent b) {
        return text(a.missionHeadline()).equals(text(b.missionHeadline()))
                && lines(a.mission()).equals(lines(b.mission()))
                && roles(a.sectionRoles()).equals(roles(b.sectionRoles()))
                && Objects.equals(a.staffCount(), b.staffCount())
                && Objects.equals(a.budgetYen(), b.budgetYen())
                && lines(a.policies()).equals(lines(b.policies()));
    }

    static boolean project(ProjectContent a, ProjectContent b) {
        return text(a.title()).equals(text(b.title()))
                && text(a.leadSection()).equals(text(b.leadSection()))
                && text(a.description()).equals(text(b.description()))
                && a.main() == b.main()
                && a.targets().stream()
                        .map(SameContent::target)
                        .toList()
                        .equals(b.targets().stream().map(SameContent::target).toList());
    }

    private static List<String> target(TargetIndicator t) {
        return Arrays.asList(
                text(t.text()),
                text(t.measure()),
                number(t.targetValue()),
                text(t.unit()),
                Objects.toString(t.deadline(), ""),
                number(t.baselineValue()),
                Objects.toString(t.baselineYear(), ""));
    }

    private static List<String> roles(List<SectionRole> roles) {
        return roles.stream()
                .map(r -> text(r.section()) + "\t" + text(r.role()))
                .toList();
    }

    private static String text(@Nullable String value) {
        return JapaneseText.text(value);
    }

    private static List<String> lines(@Nullable String value) {
        return text(value)
                .lines()
                .map(JapaneseText::text)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
