package jp.hoshin.departmentplan;

import jp.hoshin.shared.Messages;

/**
 * A project as a whole draft gives it: its number (番号) and its content. A number the plan already
 * has revises that project (its result and carry-over link stay); a new number adds a project.
 */
public record ProjectDraft(int number, ProjectContent content) {

    public static final int MAX_NUMBER = 999;

    public ProjectDraft {
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException(Messages.get("departmentplan.project.numberRange", MAX_NUMBER));
        }
    }
}
