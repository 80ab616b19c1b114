package jp.hoshin.publiccomment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.publiccomment.ReflectionCategories;
import jp.hoshin.publiccomment.ReflectionCategory;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 反映区分の一覧: the municipality's list of 反映区分, one per line, a line starting with ＊ counted as 計画に反映. Read by
 * the municipality's staff, set by the planning section; a refused list comes back as typed with the reason.
 */
@Controller
class ReflectionStaffController {

    static final String VIEW = "staff/comment-reflections";

    private final Municipalities municipalities;
    private final ReflectionCategories categories;
    private final Access access;

    ReflectionStaffController(Municipalities municipalities, ReflectionCategories categories, Access access) {
        this.municipalities = municipalities;
        this.categories = categories;
        this.access = access;
    }

    @GetMapping("/staff/m/{code}/comments/reflections")
    String page(@PathVariable String code, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireView(m.code());
        if (!model.containsAttribute("lines")) {
            model.addAttribute("lines", text(categories.categories(m.code())));
            model.addAttribute("version", categories.version(m.code()));
        }
        return show(m, model);
    }

    private String show(MunicipalityView m, Model model) {
        model.addAttribute("municipality", m);
        model.addAttribute("categories", categories.categories(m.code()));
        model.addAttribute("canEdit", access.canAdminister(m.code()));
        return VIEW;
    }

    @PostMapping("/staff/m/{code}/comments/reflections")
    String save(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String lines,
            @RequestParam(defaultValue = "0") long version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        try {
            categories.save(m.code(), version, parse(lines));
        } catch (BusinessRuleException | ConcurrentEditException e) {
            response.setStatus(e instanceof ConcurrentEditException ? 409 : 422);
            model.addAttribute("lines", lines);
            model.addAttribute("version", version);
            model.addAttribute("linesError", e.getMessage());
            return show(m, model);
        }
        redirect.addFlashAttribute("flash", Messages.get("staff.commentReflection.saved"));
        return "redirect:/staff/m/" + m.code() + "/comments/reflections";
    }

    static String text(List<ReflectionCategory> list) {
        return list.stream().map(r -> (r.reflected() ? "＊" : "") + r.label()).collect(Collectors.joining("\n"));
    }

    static List<ReflectionCategory> parse(String lines) {
        List<ReflectionCategory> list = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            String t = JapaneseText.text(line);
            if (t.isEmpty()) {
                continue;
            }
            boolean reflected = t.startsWith("＊") || t.startsWith("*");
            list.add(new ReflectionCategory(reflected ? JapaneseText.text(t.substring(1)) : t, reflected));
        }
        return list;
    }
}
