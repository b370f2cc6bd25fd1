package org.vtprotect.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.Secrets;
import org.vtprotect.account.security.PasswordResets;
import org.vtprotect.account.security.SignInThrottle;
import org.vtprotect.platform.ProblemException;

/**
 * "Forgot your password?": a link by mail, then a form to choose a new password. The answer to a
 * request is the same whether or not the address has an account, and each address gets only a few
 * mails per lockout window.
 */
@Controller
class PasswordResetPages {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetPages.class);
    private static final int MAX_EMAIL_LENGTH = 320;
    private static final int MAX_TOKEN_LENGTH = 100;

    record ForgotForm(@Nullable String email) {}

    record ResetForm(
            @Nullable String token,
            @Nullable String password,
            @Nullable String confirmation) {}

    private final PasswordResets resets;
    private final SignInThrottle throttle;

    PasswordResetPages(PasswordResets resets, SignInThrottle throttle) {
        this.resets = resets;
        this.throttle = throttle;
    }

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        return forgotPage("", FormErrors.none(), model);
    }

    @PostMapping("/password/forgot")
    String forgot(
            ForgotForm form,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        String email = form.email() == null ? "" : form.email().strip();
        FormErrors errors = FormErrors.none();
        if (email.isEmpty()) {
            errors.add("email", "reset.email.required");
        } else if (email.length() > MAX_EMAIL_LENGTH || !email.matches("[^@\\s]+@[^@\\s]+")) {
            errors.add("email", "reset.email.invalid");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return forgotPage(form.email() == null ? "" : form.email(), errors, model);
        }
        // requests count under a key of their own, so that they never lock the account's sign-in
        String key = "reset:" + Secrets.sha256(Account.normalise(email));
        if (throttle.check(key, request.getRemoteAddr()).allowed()) {
            throttle.failed(key);
            try {
                resets.requestReset(email, locale);
            } catch (RuntimeException e) {
                // the page must not tell whether a mail was due, so a failed one is only logged
                log.warn("Password reset mail could not be sent: {}", e.getMessage());
            }
        }
        redirect.addFlashAttribute("sent", true);
        return "redirect:/password/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        if (!usable(token)) {
            return expired(response, model);
        }
        return resetPage(token, FormErrors.none(), model);
    }

    @PostMapping("/password/reset")
    String reset(ResetForm form, HttpServletResponse response, Model model) {
        String token = form.token() == null ? "" : form.token();
        String password = form.password() == null ? "" : form.password();
        if (!usable(token)) {
            return expired(response, model);
        }
        FormErrors errors = FormErrors.none();
        if (password.length() < PasswordResets.MINIMUM_LENGTH) {
            errors.add("password", "password.tooShort");
        } else if (PasswordResets.tooLong(password)) {
            errors.add("password", "password.tooLong");
        }
        if (!password.equals(form.confirmation())) {
            errors.add("confirmation", "password.mismatch");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return resetPage(token, errors, model);
        }
        try {
            resets.complete(token, password);
        } catch (ProblemException e) {
            // used or expired between the check and now
            return expired(response, model);
        }
        return "redirect:/login?reset";
    }

    private boolean usable(String token) {
        return !token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH && resets.isUsable(token);
    }

    private static String forgotPage(String email, FormErrors errors, Model model) {
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "account/password/forgot";
    }

    private static String resetPage(String token, FormErrors errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("expired", false);
        model.addAttribute("errors", errors);
        model.addAttribute("minimumLength", PasswordResets.MINIMUM_LENGTH);
        return "account/password/reset";
    }

    private static String expired(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_GONE);
        model.addAttribute("token", "");
        model.addAttribute("expired", true);
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("minimumLength", PasswordResets.MINIMUM_LENGTH);
        return "account/password/reset";
    }
}
