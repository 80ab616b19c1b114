package jp.hoshin.notification.web;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.MunicipalityDirectory;
import jp.hoshin.notification.MailOutbox;
import jp.hoshin.notification.NotificationProperties;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 通知メールの送信状況 — for the administrators: whether mail is configured (without it, notifications are in-app
 * only), and the mails not sent yet, failed ones first, each failed one with a retry button. The deployment
 * administrator sees every municipality's; a municipality's planning administrator only its own.
 */
@Controller
class MailOutboxController {

    static final String VIEW = "staff/mail-outbox";
    private static final int SHOWN = 200;

    private final Access access;
    private final MailOutbox outbox;
    private final NotificationProperties properties;
    private final MunicipalityDirectory municipalities;

    MailOutboxController(
            Access access, MailOutbox outbox, NotificationProperties properties, MunicipalityDirectory municipalities) {
        this.access = access;
        this.outbox = outbox;
        this.properties = properties;
        this.municipalities = municipalities;
    }

    @GetMapping("/staff/mail-outbox")
    String all(Model model) {
        access.requireDeploymentAdministrator();
        return page(null, model);
    }

    @GetMapping("/staff/m/{code}/mail-outbox")
    String ofMunicipality(@PathVariable String code, Model model) {
        requireMunicipality(code);
        return page(code, model);
    }

    @PostMapping("/staff/mail-outbox/{id}/retry")
    String retryAny(@PathVariable long id, RedirectAttributes redirect) {
        access.requireDeploymentAdministrator();
        retried(outbox.retry(id, null), redirect);
        return "redirect:/staff/mail-outbox";
    }

    @PostMapping("/staff/m/{code}/mail-outbox/{id}/retry")
    String retry(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        requireMunicipality(code);
        retried(outbox.retry(id, code), redirect);
        return "redirect:/staff/m/" + code + "/mail-outbox";
    }

    private void requireMunicipality(String code) {
        if (!municipalities.exists(code)) {
            throw new NotFoundException(Messages.get("municipality.notRegistered", code));
        }
        access.requireAdminister(code);
    }

    private static void retried(boolean done, RedirectAttributes redirect) {
        if (done) {
            redirect.addFlashAttribute("flash", Messages.get("notification.outbox.retried"));
        } else {
            redirect.addFlashAttribute("flashError", Messages.get("notification.outbox.notRetried"));
        }
    }

    private String page(@Nullable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute(
                "municipalityName",
                code == null
                        ? Messages.get("notification.outbox.allMunicipalities")
                        : municipalities.municipalities().stream()
                                .filter(m -> m.code().equals(code))
                                .findFirst()
                                .map(MunicipalityDirectory.MunicipalityChoice::name)
                                .orElse(code));
        model.addAttribute("mailConfigured", outbox.configured());
        model.addAttribute("notificationsEnabled", properties.enabled());
        model.addAttribute("reminderDays", properties.reminderDays());
        model.addAttribute("maxAttempts", properties.maxAttempts());
        model.addAttribute("mails", outbox.unsent(code, SHOWN));
        return VIEW;
    }
}
