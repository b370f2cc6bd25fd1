package org.vtprotect.account.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.LongFunction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.account.AccountAdministration;
import org.vtprotect.account.AccountView;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;

/** One account: its form, and the actions that change its status or send it a password link. */
@Controller
class AccountEditPages {

    private final AccountAdministration administration;
    private final Organisations organisations;

    AccountEditPages(AccountAdministration administration, Organisations organisations) {
        this.administration = administration;
        this.organisations = organisations;
    }

    @GetMapping("/admin/accounts/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountView account = administration.get(id);
        return show(account, AccountChangesForm.of(account), FormErrors.none(), model);
    }

    @PostMapping("/admin/accounts/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute AccountChangesForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AccountView account = administration.get(id);
        try {
            administration.update(
                    id,
                    new AccountAdministration.Changes(
                            form.displayName(),
                            form.roles(),
                            AccountListQuery.organisation(form.organisationId()),
                            null));
        } catch (ProblemException problem) {
            if (problem.status().is4xxClientError() && problem.status().value() != 404) {
                response.setStatus(problem.status().value());
                return show(account, form, FormErrors.of(problem), model);
            }
            throw problem;
        }
        return done(id, "administration.notice.saved", account.email(), redirect);
    }

    @PostMapping("/admin/accounts/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, administration::disable, "administration.notice.disabled", redirect);
    }

    @PostMapping("/admin/accounts/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, administration::enable, "administration.notice.enabled", redirect);
    }

    @PostMapping("/admin/accounts/{id}/password-link")
    String sendPasswordLink(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        return act(
                id,
                accountId -> {
                    administration.sendSetPasswordLink(accountId, locale);
                    return administration.get(accountId);
                },
                "administration.notice.linkSent",
                redirect);
    }

    private String act(long id, LongFunction<AccountView> action, String notice, RedirectAttributes redirect) {
        AccountView account = administration.get(id);
        try {
            action.apply(id);
        } catch (ProblemException problem) {
            if (problem.status().value() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.messageKey());
            return "redirect:/admin/accounts/" + id;
        }
        return done(id, notice, account.email(), redirect);
    }

    private static String done(long id, String notice, String email, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeArgument", email);
        return "redirect:/admin/accounts/" + id;
    }

    private String show(AccountView account, AccountChangesForm form, FormErrors errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", organisations.all());
        return "administration/accountEdit";
    }
}
