package jp.hoshin.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import jp.hoshin.identity.Access;
import jp.hoshin.identity.DepartmentDirectory;
import jp.hoshin.identity.EmailAddress;
import jp.hoshin.identity.MunicipalityDirectory;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffAccountView;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.web.FormChecks;
import jp.hoshin.shared.web.TypedForm;
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

/** A municipality's staff accounts, managed by its planning administrators. */
@Controller
class StaffAccountController {

    static final String LIST_VIEW = "staff/accounts";
    static final String FORM_VIEW = "staff/account-form";

    private final Access access;
    private final StaffAccounts accounts;
    private final MunicipalityDirectory municipalities;
    private final DepartmentDirectory departments;

    StaffAccountController(
            Access access,
            StaffAccounts accounts,
            MunicipalityDirectory municipalities,
            DepartmentDirectory departments) {
        this.access = access;
        this.accounts = accounts;
        this.municipalities = municipalities;
        this.departments = departments;
    }

    public static class AccountForm {
        private String username = "";
        private String displayName = "";
        private Role role = Role.VIEWER;
        private List<String> departmentCodes = new ArrayList<>();
        private String password = "";
        private String email = "";
        private boolean enabled = true;
        private long version;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public List<String> getDepartmentCodes() {
            return departmentCodes;
        }

        public void setDepartmentCodes(List<String> departmentCodes) {
            this.departmentCodes = departmentCodes;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    private String municipality(String code, Model model) {
        if (!municipalities.exists(code)) {
            throw new NotFoundException(Messages.get("municipality.notRegistered", code));
        }
        access.requireAdminister(code);
        model.addAttribute("code", code);
        model.addAttribute(
                "municipalityName",
                municipalities.municipalities().stream()
                        .filter(m -> m.code().equals(code))
                        .findFirst()
                        .map(MunicipalityDirectory.MunicipalityChoice::name)
                        .orElse(code));
        model.addAttribute("roles", Role.values());
        List<DepartmentDirectory.DepartmentChoice> choices = departments.departments(code);
        model.addAttribute("departments", choices);
        model.addAttribute(
                "departmentNames",
                choices.stream()
                        .collect(Collectors.toMap(
                                DepartmentDirectory.DepartmentChoice::code,
                                DepartmentDirectory.DepartmentChoice::name,
                                (a, b) -> a)));
        return code;
    }

    @GetMapping("/staff/m/{code}/accounts")
    String list(@PathVariable String code, Model model) {
        municipality(code, model);
        model.addAttribute("accounts", accounts.list(code));
        return LIST_VIEW;
    }

    @GetMapping("/staff/m/{code}/accounts/new")
    String newForm(@PathVariable String code, Model model) {
        municipality(code, model);
        model.addAttribute("form", new AccountForm());
        model.addAttribute("creating", true);
        return FORM_VIEW;
    }

    @PostMapping("/staff/m/{code}/accounts")
    String create(
            @PathVariable String code,
            @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        municipality(code, model);
        model.addAttribute("creating", true);
        FormChecks.required(errors, "username", form.getUsername(), "ユーザー名", 60);
        FormChecks.required(errors, "displayName", form.getDisplayName(), "氏名", 60);
        checkDepartments(form, errors);
        if (form.getPassword().length() < StaffAccounts.MIN_PASSWORD_LENGTH) {
            errors.rejectValue(
                    "password", "short", Messages.get("account.password.short", StaffAccounts.MIN_PASSWORD_LENGTH));
        }
        EmailAddress email = email(form, errors);
        if (errors.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            accounts.create(
                    new StaffAccounts.NewStaffAccount(
                            code,
                            form.getUsername(),
                            form.getDisplayName(),
                            form.getRole(),
                            new LinkedHashSet<>(form.getDepartmentCodes()),
                            form.getPassword()),
                    email);
        } catch (BusinessRuleException e) {
            // the password rule's refusal is about the password, anything else (a taken name) about the user name
            errors.rejectValue("newPassword".equals(e.field()) ? "password" : "username", "refused", e.getMessage());
            return FORM_VIEW;
        }
        redirect.addFlashAttribute(
                "flash",
                Messages.get("account.flash.created", form.getUsername().strip()));
        return "redirect:/staff/m/" + code + "/accounts";
    }

    @GetMapping("/staff/m/{code}/accounts/{id}")
    String editForm(@PathVariable String code, @PathVariable long id, Model model) {
        municipality(code, model);
        StaffAccountView a = load(code, id);
        AccountForm form = new AccountForm();
        form.setUsername(a.username());
        form.setDisplayName(a.displayName());
        form.setRole(a.role());
        form.setDepartmentCodes(new ArrayList<>(a.departmentCodes()));
        form.setEnabled(a.enabled());
        form.setEmail(a.email() == null ? "" : a.email());
        form.setVersion(a.version());
        model.addAttribute("form", form);
        model.addAttribute("account", a);
        model.addAttribute("creating", false);
        return FORM_VIEW;
    }

    @PostMapping("/staff/m/{code}/accounts/{id}")
    String update(
            @PathVariable String code,
            @PathVariable long id,
            @ModelAttribute("form") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        municipality(code, model);
        StaffAccountView a = load(code, id);
        model.addAttribute("account", a);
        model.addAttribute("creating", false);
        form.setUsername(a.username());
        FormChecks.required(errors, "displayName", form.getDisplayName(), "氏名", 60);
        checkDepartments(form, errors);
        EmailAddress email = email(form, errors);
        if (errors.hasErrors()) {
            return FORM_VIEW;
        }
        try {
            accounts.update(
                    id,
                    form.getVersion(),
                    form.getDisplayName(),
                    form.getRole(),
                    new LinkedHashSet<>(form.getDepartmentCodes()),
                    form.isEnabled(),
                    email);
        } catch (BusinessRuleException | ConcurrentEditException e) {
            errors.reject("refused", e.getMessage());
            return FORM_VIEW;
        }
        redirect.addFlashAttribute("flash", Messages.get("account.flash.saved", a.username()));
        return "redirect:/staff/m/" + code + "/accounts";
    }

    @PostMapping("/staff/m/{code}/accounts/{id}/unlock")
    String unlock(@PathVariable String code, @PathVariable long id, Model model, RedirectAttributes redirect) {
        municipality(code, model);
        load(code, id);
        accounts.unlock(id);
        redirect.addFlashAttribute("flash", Messages.get("account.flash.unlocked"));
        return "redirect:/staff/m/" + code + "/accounts";
    }

    @PostMapping("/staff/m/{code}/accounts/{id}/password")
    String resetPassword(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam String newPassword,
            Model model,
            RedirectAttributes redirect) {
        municipality(code, model);
        load(code, id);
        try {
            accounts.resetPassword(id, newPassword);
            redirect.addFlashAttribute("flash", Messages.get("account.flash.passwordReset"));
        } catch (BusinessRuleException e) {
            TypedForm.keep(redirect, e);
        }
        return "redirect:/staff/m/" + code + "/accounts/" + id;
    }

    /** The typed e-mail address (blank: none); an invalid one is reported next to the field and the form comes back. */
    private static @Nullable EmailAddress email(AccountForm form, BindingResult errors) {
        if (form.getEmail().length() > 254) {
            errors.rejectValue("email", "invalid", Messages.get("account.email.invalid"));
            return null;
        }
        try {
            return EmailAddress.parse(form.getEmail()).orElse(null);
        } catch (BusinessRuleException e) {
            errors.rejectValue("email", "invalid", e.getMessage());
            return null;
        }
    }

    private void checkDepartments(AccountForm form, BindingResult errors) {
        if (form.getRole() == Role.DEPARTMENT_EDITOR
                && form.getDepartmentCodes().isEmpty()) {
            errors.rejectValue("departmentCodes", "required", Messages.get("account.departments.required"));
        }
    }

    private StaffAccountView load(String code, long id) {
        return accounts.get(id)
                .filter(a -> code.equals(a.municipalityCode()))
                .orElseThrow(() -> new NotFoundException(Messages.get("account.notInMunicipality")));
    }
}
