package jp.hoshin.organization;

/** How a department continues one of an earlier year. */
public enum LineageKind {
    CONTINUED("継続"),
    RENAMED("名称変更"),
    MERGED("統合"),
    SPLIT("分割");

    private final String label;

    LineageKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
