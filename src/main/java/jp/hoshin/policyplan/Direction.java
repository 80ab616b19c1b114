package jp.hoshin.policyplan;

/** The direction in which an indicator gets better. */
public enum Direction {
    UP("増加"),
    DOWN("減少"),
    KEEP("維持");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Direction ofLabel(String label) {
        for (Direction d : values()) {
            if (d.label.equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("方向は「増加」「減少」「維持」のいずれかです。");
    }
}
