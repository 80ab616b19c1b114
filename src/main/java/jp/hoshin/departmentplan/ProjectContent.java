package jp.hoshin.departmentplan;

import java.util.List;

import jp.hoshin.shared.Messages;
import org.jspecify.annotations.Nullable;

/** What a department writes for one project: title, lead section, description, main-project mark, targets. */
public record ProjectContent(
        String title,
        @Nullable String leadSection,
        @Nullable String description,
        boolean main,
        List<TargetIndicator> targets,
        @Nullable Long carriedFromId) {

    public ProjectContent {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(Messages.get("departmentplan.project.titleRequired"));
        }
        if (title.length() > 200) {
            throw new IllegalArgumentException(Messages.get("departmentplan.project.titleTooLong"));
        }
        targets = List.copyOf(targets);
    }

    /** This content as carried over from the project {@code fromId} of an earlier plan. */
    public ProjectContent withCarriedFromId(@Nullable Long fromId) {
        return new ProjectContent(title, leadSection, description, main, targets, fromId);
    }
}
