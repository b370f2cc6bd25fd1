package org.vtprotect.account.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.ApiToken;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.account.security.ApiTokens;
import org.vtprotect.platform.ProblemException;

/** One's own API tokens: create one (shown once), see them all, revoke one. */
@Controller
class TokenPages {

    static final List<Integer> LIFETIMES_IN_DAYS = List.of(30, 90, 365);
    static final int MAX_NAME_LENGTH = 100;

    record TokenForm(@Nullable String name, @Nullable String lifetime) {}

    private final ApiTokens tokens;
    private final AccountRepository accounts;

    TokenPages(ApiTokens tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/me/tokens")
    String list(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        return page(principal, "", String.valueOf(LIFETIMES_IN_DAYS.get(0)), FormErrors.none(), model);
    }

    @PostMapping("/me/tokens")
    String create(
            @AuthenticationPrincipal AccountPrincipal principal,
            TokenForm form,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        String name = form.name() == null ? "" : form.name().strip();
        String lifetime = form.lifetime() == null ? "" : form.lifetime();
        FormErrors errors = FormErrors.none();
        if (name.isEmpty()) {
            errors.add("name", "tokens.name.required");
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add("name", "tokens.name.tooLong");
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add("name", "tokens.name.invalid");
        }
        Integer days = LIFETIMES_IN_DAYS.stream()
                .filter(d -> String.valueOf(d).equals(lifetime))
                .findFirst()
                .orElse(null);
        if (days == null) {
            errors.add("lifetime", "tokens.lifetime.invalid");
        }
        if (!errors.isEmpty() || days == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(principal, form.name() == null ? "" : form.name(), lifetime, errors, model);
        }
        var account = accounts.findById(principal.accountId()).orElseThrow(ProblemException::notFound);
        var minted = tokens.mint(account, name, Duration.ofDays(days));
        redirect.addFlashAttribute("minted", new TokenView.Minted(name, minted.token(), minted.expiresAt()));
        return "redirect:/me/tokens";
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id, principal.accountId());
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/me/tokens";
    }

    private String page(AccountPrincipal principal, String name, String lifetime, FormErrors errors, Model model) {
        Instant now = Instant.now();
        List<TokenView.Row> rows =
                tokens.of(principal.accountId()).stream().map(t -> row(t, now)).toList();
        model.addAttribute("tokens", rows);
        model.addAttribute("name", name);
        model.addAttribute("lifetime", lifetime);
        model.addAttribute("lifetimes", LIFETIMES_IN_DAYS);
        model.addAttribute("errors", errors);
        return "account/me/tokens";
    }

    private static TokenView.Row row(ApiToken token, Instant now) {
        TokenView.Status status = token.revokedAt() != null
                ? TokenView.Status.REVOKED
                : token.usableAt(now) ? TokenView.Status.ACTIVE : TokenView.Status.EXPIRED;
        return new TokenView.Row(
                token.id(),
                token.name(),
                token.prefix(),
                token.createdAt(),
                token.expiresAt(),
                token.lastUsedAt(),
                status);
    }
}
