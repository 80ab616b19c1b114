package jp.hoshin.departmentplan;

/** 運営方針と目標の指定 — which plan: the municipality, the fiscal year and the department it belongs to. */
public record PlanReference(String municipalityCode, int year, String departmentCode) {

    public PlanReference {
        if (municipalityCode == null
                || municipalityCode.isBlank()
                || departmentCode == null
                || departmentCode.isBlank()) {
            throw new IllegalArgumentException("municipalityCode and departmentCode");
        }
    }
}
