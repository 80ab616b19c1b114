package jp.hoshin.notification.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.notification.InAppNotifications;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notifications the staff layout shows in its header ({@code unreadNotifications}): asked only for
 * pages under {@code /staff} read with GET by a signed-in staff member (one indexed count).
 */
@ControllerAdvice
class UnreadNotificationsAdvice {

    private final Supplier<@Nullable InAppNotifications> notifications;

    UnreadNotificationsAdvice(ObjectProvider<InAppNotifications> notifications) {
        this.notifications = SingletonSupplier.of(notifications::getIfAvailable);
    }

    @ModelAttribute("unreadNotifications")
    @Nullable
    Integer unreadNotifications(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/staff")) {
            return null;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        InAppNotifications inApp = notifications.get();
        if (inApp == null || auth == null || !(auth.getPrincipal() instanceof StaffPrincipal staff)) {
            return null;
        }
        return inApp.unreadCount(staff.id());
    }
}
