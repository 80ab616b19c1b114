package jp.hoshin.shared;

import java.nio.file.Path;

/** A second Hoshin started on the data directory of one that is running: refused, the running one is left alone. */
public class DataDirectoryInUseException extends IllegalStateException {

    public DataDirectoryInUseException(Path dataHome) {
        super("データディレクトリ " + dataHome.toAbsolutePath() + " は、いま動いている別の Hoshin が使っています。"
                + "同じデータで2つ目の Hoshin は起動できません（動いている方のデータベースには触れていません）。"
                + "先に動いている Hoshin を止めるか、HOSHIN_DATA_DIR で別の場所を指定してください。");
    }
}
