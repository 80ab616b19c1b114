package jp.hoshin.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.FieldRefusal;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.web.TypedForm;
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
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        var staff = access.requireStaff();
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new FieldRefusal("confirmPassword", Messages.get("password.confirmationMismatch"));
            }
            accounts.changeOwnPassword(staff.id(), currentPassword, newPassword);
        } catch (BusinessRuleException | FieldRefusal e) {
            // shown again at once: the message in the banner and next to its field (no password is kept)
            model.addAttribute("error", e.getMessage());
            model.addAttribute(TypedForm.FLASH, TypedForm.refused(request, e));
            return "staff/password";
        }
        redirect.addFlashAttribute("flash", Messages.get("password.flash.changed"));
        return "redirect:/staff";
    }
}
