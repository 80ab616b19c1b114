package jp.hoshin.organization;

/** A section (課・係) as pages and the API show it. */
public record SectionView(long id, String name, int displayOrder) {}
