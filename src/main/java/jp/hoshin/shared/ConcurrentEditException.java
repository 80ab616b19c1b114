package jp.hoshin.shared;

/** Someone else saved the same record after this user opened it: the save is refused, nothing is lost. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super(Messages.get("concurrentEdit"));
    }

    /** Refuses the save when the version the user edited is not the stored one. */
    public static void check(long editedVersion, long storedVersion) {
        if (editedVersion != storedVersion) {
            throw new ConcurrentEditException();
        }
    }
}
