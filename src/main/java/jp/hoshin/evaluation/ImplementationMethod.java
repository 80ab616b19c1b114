package jp.hoshin.evaluation;

import jp.hoshin.shared.Messages;

/** 実施方法 — how the project is carried out (a project may use several). */
public enum ImplementationMethod {
    DIRECT("直営"),
    OUTSOURCED("委託"),
    DESIGNATED_MANAGER("指定管理"),
    SUBSIDY("補助"),
    LOAN("貸付"),
    OTHER("その他");

    private final String label;

    ImplementationMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ImplementationMethod ofLabel(String text) {
        String t = text.strip();
        for (ImplementationMethod m : values()) {
            if (m.label.equals(t) || m.name().equalsIgnoreCase(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException(Messages.get("evaluation.method.unknown"));
    }
}
