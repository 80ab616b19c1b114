package jp.hoshin.identity;

import java.util.List;

/**
 * What identity needs to know of the departments (implemented by the organisation module):
 * the organisation codes of a municipality's departments, with their latest names.
 */
public interface DepartmentDirectory {

    record DepartmentChoice(String code, String name) {}

    List<DepartmentChoice> departments(String municipalityCode);
}
