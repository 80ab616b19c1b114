package jp.hoshin.identity.web;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordController {

    private final Access access;
    private final StaffAccounts accounts;

    PasswordController(Access access, StaffAccounts accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/staff/password")
    String form() {
        access.requireStaff();
        return "staff/password";
    }

    @PostMapping("/staff/password")
    String change(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        var staff = access.requireStaff();
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("error", Messages.get("password.confirmationMismatch"));
            return "staff/password";
        }
        try {
            accounts.changeOwnPassword(staff.id(), currentPassword, newPassword);
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.getMessage());
            return "staff/password";
        }
        redirect.addFlashAttribute("flash", Messages.get("password.flash.changed"));
        return "redirect:/staff";
    }
}
