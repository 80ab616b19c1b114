package jp.hoshin.notification.web;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffPrincipal;
import jp.hoshin.notification.InAppNotifications;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知: the signed-in staff member's own notifications, read and unread. */
@Controller
class NotificationController {

    static final String LIST_VIEW = "staff/notifications";
    private static final int SHOWN = 200;

    private final Access access;
    private final InAppNotifications notifications;

    NotificationController(Access access, InAppNotifications notifications) {
        this.access = access;
        this.notifications = notifications;
    }

    @GetMapping("/staff/notifications")
    String list(Model model) {
        StaffPrincipal me = access.requireStaff();
        model.addAttribute("notifications", notifications.list(me.id(), SHOWN));
        model.addAttribute("unreadCount", notifications.unreadCount(me.id()));
        return LIST_VIEW;
    }

    @PostMapping("/staff/notifications/{id}/read")
    String markRead(@PathVariable long id, RedirectAttributes redirect) {
        StaffPrincipal me = access.requireStaff();
        if (!notifications.markRead(me.id(), id)) {
            throw new NotFoundException(Messages.get("notification.notFound"));
        }
        redirect.addFlashAttribute("flash", Messages.get("notification.flash.read"));
        return "redirect:/staff/notifications";
    }

    @PostMapping("/staff/notifications/read-all")
    String markAllRead(RedirectAttributes redirect) {
        StaffPrincipal me = access.requireStaff();
        notifications.markAllRead(me.id());
        redirect.addFlashAttribute("flash", Messages.get("notification.flash.allRead"));
        return "redirect:/staff/notifications";
    }
}
