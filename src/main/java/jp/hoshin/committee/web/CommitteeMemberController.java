package jp.hoshin.committee.web;

import java.util.function.Supplier;

import jp.hoshin.committee.Committees;
import jp.hoshin.committee.MemberDraft;
import jp.hoshin.committee.MemberView;
import jp.hoshin.identity.Access;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.municipality.MunicipalityView;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static jp.hoshin.committee.web.CommitteePage.PAGE;

/** The members of a year's committee (staff): added, changed and removed by the planning section on the committee page. */
@Controller
class CommitteeMemberController {

    private final Municipalities municipalities;
    private final Committees committees;
    private final CommitteePage page;
    private final Access access;

    CommitteeMemberController(Municipalities municipalities, Committees committees, CommitteePage page, Access access) {
        this.municipalities = municipalities;
        this.committees = committees;
        this.page = page;
        this.access = access;
    }

    @GetMapping(PAGE + "/members/{id}")
    String editMember(@PathVariable String code, @PathVariable int fy, @PathVariable long id, Model model) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MemberView member = committees.members(m.code(), fy).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Messages.get("committee.member.notFound")));
        MemberForm form = new MemberForm();
        form.setName(member.name());
        form.setRole(member.role());
        form.setAffiliation(member.affiliation());
        form.setNamePublished(member.namePublished());
        form.setVersion(member.version());
        return page.show(m, fy, StaffReader.of(access, m.code()), null, form, id, null, model);
    }

    @PostMapping(PAGE + "/members")
    String addMember(
            @PathVariable String code,
            @PathVariable int fy,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return saveMember(code, fy, null, form, errors, model, redirect);
    }

    @PostMapping(PAGE + "/members/{id}")
    String changeMember(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @ModelAttribute("memberForm") MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return saveMember(code, fy, id, form, errors, model, redirect);
    }

    @PostMapping(PAGE + "/members/{id}/remove")
    String removeMember(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return page.actAndReturn(code, fy, redirect, () -> {
            committees.removeMember(code, fy, id, version);
            return Messages.get("committee.flash.memberRemoved");
        });
    }

    private String saveMember(
            String code,
            int fy,
            @Nullable Long id,
            MemberForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        MunicipalityView m = municipalities.get(code);
        access.requireAdminister(m.code());
        MemberDraft draft = CommitteeForms.member(form, errors);
        Supplier<String> again = () -> page.show(m, fy, StaffReader.of(access, m.code()), null, form, id, null, model);
        return page.saveAndReturn(m.code(), fy, draft, errors, redirect, d -> save(m.code(), fy, id, form, d), again);
    }

    /** Adds the member, or changes the one with this id; the message for the page. */
    private String save(String code, int fy, @Nullable Long id, MemberForm form, MemberDraft draft) {
        if (id == null) {
            committees.addMember(code, fy, draft);
        } else {
            committees.changeMember(code, fy, id, form.getVersion(), draft);
        }
        return Messages.get("committee.flash.memberSaved", draft.role());
    }
}
