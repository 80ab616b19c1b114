package jp.hoshin.shared;

/** Someone else saved the same record after this user opened it: the save is refused, nothing is lost. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("この内容は、あなたが編集している間に他の職員が更新しました。最新の内容を読み込み直してから、もう一度保存してください。");
    }

    /** Refuses the save when the version the user edited is not the stored one. */
    public static void check(long editedVersion, long storedVersion) {
        if (editedVersion != storedVersion) {
            throw new ConcurrentEditException();
        }
    }
}
