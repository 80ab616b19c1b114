package jp.hoshin.departmentplan;

/**
 * A project as a whole draft gives it: its number (番号) and its content. A number the plan already
 * has revises that project (its result and carry-over link stay); a new number adds a project.
 */
public record ProjectDraft(int number, ProjectContent content) {

    public static final int MAX_NUMBER = 999;

    public ProjectDraft {
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("個別事業の番号は1から" + MAX_NUMBER + "までの整数で指定してください。");
        }
    }
}
