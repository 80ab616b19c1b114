package jp.hoshin.search;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One thing search can find: a page (or a part of one, with its anchor) of a municipality, its kind, fiscal year and
 * department, its title and text, and who may find it ({@link #PUBLIC}, or for unpublished work {@link #REVIEW} and
 * {@code dept:<code>} of the department that writes it).
 */
public record SearchDocument(
        String id,
        String municipalityCode,
        SearchKind kind,
        @Nullable Integer year,
        @Nullable String departmentCode,
        @Nullable String departmentName,
        String title,
        String body,
        String url,
        Set<String> audiences) {

    /** Citizens (and everyone). */
    public static final String PUBLIC = "public";

    /** The planning section and the mayor's office: every unpublished piece of work of their municipality. */
    public static final String REVIEW = "review";

    public SearchDocument {
        audiences = Set.copyOf(audiences);
    }

    /** Who may find the unpublished work of a department: its editors and the reviewers. */
    public static Set<String> unpublished(String departmentCode) {
        return Set.of(REVIEW, department(departmentCode));
    }

    public static String department(String departmentCode) {
        return "dept:" + departmentCode;
    }
}
