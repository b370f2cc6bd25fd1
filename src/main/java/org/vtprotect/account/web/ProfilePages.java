package org.vtprotect.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;

/** "My profile": what the account is, the name it goes by and the language of its mails. */
@Controller
class ProfilePages {

    static final int MAX_NAME_LENGTH = 200;

    record ProfileForm(
            @Nullable String displayName, @Nullable String language) {}

    private final AccountRepository accounts;
    private final Organisations organisations;
    private final AuditTrail audit;

    ProfilePages(AccountRepository accounts, Organisations organisations, AuditTrail audit) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping("/me")
    String profile(@AuthenticationPrincipal AccountPrincipal principal, Locale locale, Model model) {
        Account account = accounts.findById(principal.accountId()).orElseThrow(ProblemException::notFound);
        String language = account.preferredLanguage() == null ? locale.getLanguage() : account.preferredLanguage();
        return page(account, account.displayName(), language, FormErrors.none(), model);
    }

    @PostMapping("/me")
    String update(
            @AuthenticationPrincipal AccountPrincipal principal,
            ProfileForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Account account = accounts.findById(principal.accountId()).orElseThrow(ProblemException::notFound);
        String name = form.displayName() == null ? "" : form.displayName().strip();
        String language = form.language() == null ? "" : form.language();
        FormErrors errors = FormErrors.none();
        if (name.isEmpty()) {
            errors.add("displayName", "profile.displayName.required");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add("displayName", "profile.displayName.tooLong");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add("displayName", "profile.displayName.invalid");
        }
        if (!Languages.isSupported(language)) {
            errors.add("language", "profile.language.invalid");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String typed = form.displayName() == null ? "" : form.displayName();
            return page(account, typed, language, errors, model);
        }
        account.rename(name);
        account.preferLanguage(language);
        Account saved = accounts.save(account);
        audit.record(AuditAction.ACCOUNT_UPDATED, saved.email(), "profile");
        SessionPrincipal.refresh(saved, request, response);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/me";
    }

    private String page(Account account, String displayName, String language, FormErrors errors, Model model) {
        Long organisationId = account.organisationId();
        String organisation = organisationId == null
                ? null
                : organisations
                        .find(organisationId)
                        .map(Organisations.View::name)
                        .orElse(null);
        var roles =
                Arrays.stream(Role.values()).filter(account.roles()::contains).toList();
        model.addAttribute(
                "profile",
                new ProfileView(
                        account.email(), roles, organisation, account.mayUseSecondFactor(), account.totpEnabled()));
        model.addAttribute("displayName", displayName);
        model.addAttribute("language", language);
        model.addAttribute("errors", errors);
        return "account/me/profile";
    }
}
