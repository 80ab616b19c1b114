/**
 * 独自項目 — the extra fields a municipality keeps on its department plans (運営方針と目標), their projects and its
 * evaluation sheets (事務事業評価シート): text, number, date or a choice from a list, defined by the planning section
 * ({@link jp.hoshin.customfield.CustomFields}); the values of each plan, project and sheet, checked like built-in fields;
 * and the copy frozen when the owner is finalised or published, which keeps each field's label and value as they were.
 * The owning modules ({@code departmentplan}, {@code evaluation}) call this module; it knows nothing of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Custom fields")
@org.jspecify.annotations.NullMarked
package jp.hoshin.customfield;
