package jp.hoshin.notification;

import jp.hoshin.identity.StaffContact;
import org.jspecify.annotations.Nullable;

/** One notification to one recipient: in the application always, by mail too when the recipient has an address. */
record Delivery(
        StaffContact recipient,
        NotificationKind kind,
        String title,
        String body,
        @Nullable String url,
        @Nullable String municipalityCode) {}
