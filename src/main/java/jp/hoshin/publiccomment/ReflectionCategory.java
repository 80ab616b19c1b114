package jp.hoshin.publiccomment;

import java.util.List;

/** 反映区分 — how an item was taken into the plan; {@code reflected} ones count as 計画に反映. */
public record ReflectionCategory(String label, boolean reflected) {

    public static final int MAX_LABEL = 50;

    /** The list a municipality uses until its planning section sets its own. */
    public static final List<ReflectionCategory> DEFAULTS = List.of(
            new ReflectionCategory("反映する", true),
            new ReflectionCategory("一部反映する", true),
            new ReflectionCategory("既に盛り込み済み", false),
            new ReflectionCategory("今後の参考とする", false),
            new ReflectionCategory("反映しない", false),
            new ReflectionCategory("その他", false));
}
