package jp.hoshin.organization;

import java.util.List;

/**
 * What citizens can read elsewhere in Hoshin about one department in one year — its 運営方針と目標 and results, its
 * 事務事業評価 sheets. Implemented by the modules that hold them; the department's public page links to what they
 * return. Only published work is returned, so every link leads to a page.
 */
public interface DepartmentLinks {

    /** A link: what it is (運営方針と目標, 事務事業評価 …), its title and the public page it is on. */
    record Link(String kind, String title, String href) {}

    List<Link> linksOf(String municipalityCode, int year, String departmentCode);
}
