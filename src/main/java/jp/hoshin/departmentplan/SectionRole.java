package jp.hoshin.departmentplan;

/** 各課の役割 — the role of one section of the department in this plan. */
public record SectionRole(String section, String role) {}
