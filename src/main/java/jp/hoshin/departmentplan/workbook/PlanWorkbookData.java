package jp.hoshin.departmentplan.workbook;

import java.util.List;

import jp.hoshin.departmentplan.PlanContent;
import jp.hoshin.departmentplan.ProjectDraft;

/** What a plan workbook holds: which plan it belongs to, parts 1–3, and the numbered projects with their targets. */
public record PlanWorkbookData(WorkbookIdentity identity, PlanContent content, List<ProjectDraft> projects) {

    public PlanWorkbookData {
        projects = List.copyOf(projects);
    }
}
