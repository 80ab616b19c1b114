package jp.hoshin.identity;

/** The roles of a staff account. */
public enum Role {
    /** 企画担当（管理者）: sets up the municipality, its years, organisation and accounts. */
    PLANNING_ADMIN("企画担当（管理者）"),
    /** 部の編集担当: edits only the departments assigned to the account. */
    DEPARTMENT_EDITOR("部の編集担当"),
    /** 市長室（確認者）: reads everything, comments and finalises. */
    REVIEWER("市長室（確認者）"),
    /** 閲覧者: reads staff pages. */
    VIEWER("閲覧者");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
