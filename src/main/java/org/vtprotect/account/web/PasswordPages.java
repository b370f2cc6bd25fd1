package org.vtprotect.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.account.security.PasswordChange;
import org.vtprotect.account.security.PasswordResets;
import org.vtprotect.account.security.SessionFreshness;

/** Changing one's own password with the current one. Passwords are never sent back to the browser. */
@Controller
class PasswordPages {

    record PasswordForm(
            @Nullable String currentPassword,
            @Nullable String newPassword,
            @Nullable String confirmation) {}

    private final PasswordChange passwords;
    private final SessionFreshness freshness;

    PasswordPages(PasswordChange passwords, SessionFreshness freshness) {
        this.passwords = passwords;
        this.freshness = freshness;
    }

    @GetMapping("/me/password")
    String form(Model model) {
        return page(FormErrors.none(), model);
    }

    @PostMapping("/me/password")
    String change(
            @AuthenticationPrincipal AccountPrincipal principal,
            PasswordForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        var problems = passwords.change(
                principal.accountId(),
                orEmpty(form.currentPassword()),
                orEmpty(form.newPassword()),
                orEmpty(form.confirmation()),
                request.getRemoteAddr());
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(FormErrors.of(problems), model);
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
            // this session stays signed in with the new password; every other one is signed out
            freshness.stamp(request, principal.accountId());
        }
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/me";
    }

    private static String page(FormErrors errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("minimumLength", PasswordResets.MINIMUM_LENGTH);
        return "account/me/password";
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
