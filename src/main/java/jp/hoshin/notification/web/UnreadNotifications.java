package jp.hoshin.notification.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.notification.InAppNotifications;
import jp.hoshin.shared.web.ModelAdditions;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The number of unread notifications the staff layout shows in its header ({@code unreadNotifications}): asked only for
 * pages under {@code /staff} read with GET by a signed-in staff member (one indexed count). An interceptor on those
 * paths rather than a model attribute of every controller: as that, every public page paid for the method's lookup and
 * call (about 3 % of the department list's CPU, issue 19).
 */
@Component
class UnreadNotifications extends ModelAdditions {

    private final Supplier<@Nullable InAppNotifications> notifications;

    UnreadNotifications(ObjectProvider<InAppNotifications> notifications) {
        super("/staff/**");
        this.notifications = SingletonSupplier.of(notifications::getIfAvailable);
    }

    @Override
    protected void add(HttpServletRequest request, Map<String, Object> model) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        InAppNotifications inApp = notifications.get();
        if (inApp != null && auth != null && auth.getPrincipal() instanceof StaffPrincipal staff) {
            model.put("unreadNotifications", inApp.unreadCount(staff.id()));
        }
    }
}
