package jp.hoshin.shared.web;

import org.jspecify.annotations.Nullable;

/** Which exception texts a user may read: only those the application wrote for the user, in Japanese. */
public final class UserFacing {

    private UserFacing() {}

    /**
     * The message of an exception the application threw for the user (thrown by its own code), or {@code null} for one
     * from a library or the runtime (Apache POI, the JDK …), whose English text is for the log only.
     */
    public static @Nullable String message(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        boolean own = trace.length > 0 && trace[0].getClassName().startsWith("jp.hoshin.");
        String message = e.getMessage();
        return own && message != null && !message.isBlank() ? message : null;
    }
}
