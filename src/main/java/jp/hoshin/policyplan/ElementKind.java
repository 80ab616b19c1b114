package jp.hoshin.policyplan;

/** 体系の要素の種類. */
public enum ElementKind {
    AREA("部"),
    MEASURE("施策"),
    MAIN_PROJECT("主要事業"),
    GOAL("基本目標"),
    PRINCIPLE("基本的な考え方"),
    SYSTEM("体系"),
    TASK("個別課題");

    private final String label;

    ElementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static ElementKind ofLabel(String label) {
        for (ElementKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("種類は「部」「施策」「主要事業」「基本目標」「基本的な考え方」「体系」「個別課題」のいずれかです。");
    }
}
