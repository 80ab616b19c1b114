package jp.hoshin.notification.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.notification.InAppNotifications;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The number of unread notifications the staff layout shows in its header ({@code unreadNotifications}): asked only for
 * pages under {@code /staff} read with GET by a signed-in staff member (one indexed count). An interceptor on those
 * paths rather than a model attribute of every controller: as that, every public page paid for the method's lookup and
 * call (about 3 % of the department list's CPU, issue 19).
 */
@Component
class UnreadNotifications implements WebMvcConfigurer, HandlerInterceptor {

    private final Supplier<@Nullable InAppNotifications> notifications;

    UnreadNotifications(ObjectProvider<InAppNotifications> notifications) {
        this.notifications = SingletonSupplier.of(notifications::getIfAvailable);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/staff/**");
    }

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView == null || !"GET".equals(request.getMethod()) || isRedirect(modelAndView)) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        InAppNotifications inApp = notifications.get();
        if (inApp != null && auth != null && auth.getPrincipal() instanceof StaffPrincipal staff) {
            modelAndView.addObject("unreadNotifications", inApp.unreadCount(staff.id()));
        }
    }

    private static boolean isRedirect(ModelAndView mav) {
        String name = mav.getViewName();
        return name != null && name.startsWith("redirect:");
    }
}
