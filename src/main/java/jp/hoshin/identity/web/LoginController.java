package jp.hoshin.identity.web;

import jp.hoshin.identity.DemoAccountsNotice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final DemoAccountsNotice demoAccounts;

    LoginController(DemoAccountsNotice demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
        if (error != null) {
            // one answer for a wrong password, an unknown, disabled or throttled account: nothing to tell them apart
            model.addAttribute("errorKey", "login.error.bad");
        }
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("demoAccounts", demoAccounts.present() ? String.join("、", demoAccounts.usernames()) : null);
        return "staff/login";
    }
}
