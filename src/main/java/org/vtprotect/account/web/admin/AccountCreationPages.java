package org.vtprotect.account.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.account.AccountAdministration;
import org.vtprotect.account.AccountView;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;

/** Opening an account: the form, and its submission (back to the form with errors, or on to the account). */
@Controller
class AccountCreationPages {

    private final AccountAdministration administration;
    private final Organisations organisations;

    AccountCreationPages(AccountAdministration administration, Organisations organisations) {
        this.administration = administration;
        this.organisations = organisations;
    }

    @GetMapping("/admin/accounts/new")
    String form(Model model) {
        return show(AccountForm.blank(), FormErrors.none(), model);
    }

    @PostMapping("/admin/accounts")
    String create(
            @ModelAttribute AccountForm form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            AccountView created = administration.create(
                    new AccountAdministration.NewAccount(
                            form.email(),
                            form.displayName(),
                            form.roles(),
                            AccountListQuery.organisation(form.organisationId()),
                            form.setsPasswordNow() ? form.valueOf(form.password()) : null),
                    locale);
            redirect.addFlashAttribute(
                    "notice",
                    form.setsPasswordNow() ? "administration.notice.created" : "administration.notice.createdWithLink");
            redirect.addFlashAttribute("noticeArgument", created.email());
            return "redirect:/admin/accounts/" + created.id();
        } catch (ProblemException problem) {
            response.setStatus(problem.status().value());
            return show(form, FormErrors.of(problem), model);
        }
    }

    private String show(AccountForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", organisations.all());
        return "administration/accountNew";
    }
}
