/**
 * 各部の運営方針と目標 — each department's plan of a fiscal year (mission and goals, section roles,
 * resources, implementation policies, projects with target indicators), its workflow from 作成中 to
 * 公表, and its results. <strong>Work in progress</strong> (issue 3): the aggregate, its workflow and
 * persistence exist and are tested; pages, API, publication and carry-over are not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Department plan")
@org.jspecify.annotations.NullMarked
package jp.hoshin.departmentplan;
