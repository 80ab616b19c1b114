package jp.hoshin.municipality.web;

import jp.hoshin.municipality.Municipalities;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The deployment's front page: the municipalities it serves. */
@Controller
class PublicHomeController {

    static final String VIEW = "site/home";

    private final Municipalities municipalities;

    PublicHomeController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("municipalities", municipalities.all());
        return VIEW;
    }
}
