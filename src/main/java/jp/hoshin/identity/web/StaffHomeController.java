package jp.hoshin.identity.web;

import java.util.List;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.MunicipalityDirectory;
import jp.hoshin.identity.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** After sign-in: the municipalities this staff member works on (straight there when only one). */
@Controller
class StaffHomeController {

    private final Access access;
    private final MunicipalityDirectory municipalities;

    StaffHomeController(Access access, MunicipalityDirectory municipalities) {
        this.access = access;
        this.municipalities = municipalities;
    }

    @GetMapping("/staff")
    String home(Model model) {
        StaffPrincipal staff = access.requireStaff();
        if (!staff.deploymentWide()) {
            return "redirect:/staff/m/" + staff.municipalityCode();
        }
        List<MunicipalityDirectory.MunicipalityChoice> list = municipalities.municipalities();
        model.addAttribute("municipalities", list);
        return "staff/home";
    }
}
