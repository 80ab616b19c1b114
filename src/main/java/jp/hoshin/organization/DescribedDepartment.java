package jp.hoshin.organization;

/**
 * A department of a fiscal year by its code and name with what it says of itself (head, 基本方針, 部の仕事, mission,
 * resources), without its sections: for pages that show departments' descriptions but not their sections.
 */
public record DescribedDepartment(String code, String name, DepartmentProfile profile) {

    static DescribedDepartment of(DepartmentView department) {
        return new DescribedDepartment(department.code(), department.name(), department.profile());
    }
}
