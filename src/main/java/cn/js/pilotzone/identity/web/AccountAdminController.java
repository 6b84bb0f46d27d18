package cn.js.pilotzone.identity.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.groups.Default;

import cn.js.pilotzone.common.ListSorts;
import cn.js.pilotzone.common.DomainException;
import cn.js.pilotzone.identity.AccountAdministration;
import cn.js.pilotzone.identity.AccountAdministration.IssuedPassword;
import cn.js.pilotzone.identity.AccountPrincipal;
import cn.js.pilotzone.identity.AccountStatus;
import cn.js.pilotzone.identity.OrganisationAdministration;
import cn.js.pilotzone.identity.Role;

@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private static final int ORGANISATION_CHOICES = 500;

    private final AccountAdministration accounts;
    private final OrganisationAdministration organisations;

    AccountAdminController(AccountAdministration accounts, OrganisationAdministration organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) AccountStatus status, @RequestParam(required = false) Role role,
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "loginName", direction = Sort.Direction.ASC) Pageable pageable,
            Model model) {
        model.addAttribute("page", accounts.search(status, role, null, q,
                ListSorts.only(pageable, "loginName", "displayName", "status")));
        model.addAttribute("statuses", Arrays.asList(AccountStatus.values()));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return "identity/admin/accounts";
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", new AccountForm());
        return formPage(model, locale, null);
    }

    @PostMapping("/new")
    String create(@Validated({Default.class, AccountForm.OnCreate.class}) @ModelAttribute("form") AccountForm form,
            BindingResult errors, Model model, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                return issued(accounts.create(form.toNewAccount()), model, "account.created");
            } catch (DomainException refused) {
                FormErrors.show(refused, errors, null);
            }
        }
        return formPage(model, locale, null);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("form", AccountForm.of(accounts.get(id)));
        return formPage(model, locale, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") AccountForm form, BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal me, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.update(id, form.getVersion(), form.toChanges(), me);
                redirect.addFlashAttribute("flashSuccess", "account.updated");
                return "redirect:/admin/accounts/" + id;
            } catch (DomainException refused) {
                FormErrors.show(refused, errors, null);
            }
        }
        return formPage(model, locale, id);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        accounts.disable(id, me);
        redirect.addFlashAttribute("flashSuccess", "account.disabled");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.enable(id);
        redirect.addFlashAttribute("flashSuccess", "account.enabled");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flashSuccess", "account.unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model) {
        return issued(accounts.resetPassword(id), model, "account.passwordReset");
    }

    /** Shown once, never redirected to: a reload or the back button must not show the password again. */
    private String issued(IssuedPassword password, Model model, String messageKey) {
        model.addAttribute("issued", password);
        model.addAttribute("issuedMessage", messageKey);
        return "identity/admin/issued-password";
    }

    private String formPage(Model model, Locale locale, Long id) {
        model.addAttribute("accountId", id);
        if (id != null) {
            model.addAttribute("account", accounts.get(id));
        }
        model.addAttribute("organisations",
                organisations.search(null, null, null, PageRequest.of(0, ORGANISATION_CHOICES, Sort.by("name")), locale)
                        .getContent());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        return "identity/admin/account-form";
    }
}
