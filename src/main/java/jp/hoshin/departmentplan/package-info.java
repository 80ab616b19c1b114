/**
 * 各部の運営方針と目標 — each department's plan of a fiscal year (mission and goals, section roles,
 * resources, implementation policies, projects with target indicators), its workflow from 作成中 to
 * 公表 (with 差し戻し, consultation comments and 改訂), its results through the same steps, carry-over of
 * unfinished goals, links of projects to the city's plan elements, and its publication: pages, the
 * 結果発表 and 市報 views, the booklet PDF, the API and open-data CSV, and the Excel round-trip
 * ({@code workbook}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Department plan")
@org.jspecify.annotations.NullMarked
package jp.hoshin.departmentplan;
