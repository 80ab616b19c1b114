package jp.hoshin.organization;

/** A department of a fiscal year by its code and name only, for lists and filters that show nothing else. */
public record DepartmentName(String code, String name) {}
