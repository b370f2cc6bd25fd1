package org.vtprotect.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;

/**
 * Keeps signed-in sessions true to the account as it is now, on every page request: a disabled
 * account, or one whose password changed since the session signed in (reset, change elsewhere), is
 * signed out; changed roles, name or organisation take effect at once.
 *
 * <p>Sign-in stamps the session with the time of the account's last password change; only stamped
 * sessions are checked, which every real sign-in is.
 */
@Component
public class SessionFreshness {

    static final String STAMP = SessionFreshness.class.getName() + ".credentials";

    private final AccountRepository accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionFreshness(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** Marks the session as signed in with the account's current password. */
    public void stamp(HttpServletRequest request, long accountId) {
        accounts.findById(accountId)
                .ifPresent(account -> request.getSession()
                        .setAttribute(STAMP, account.passwordChangedAt().toString()));
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (stale(request, response)) {
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private boolean stale(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object stamp = session == null ? null : session.getAttribute(STAMP);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long accountId = accountOf(auth);
        if (stamp == null || accountId == null) {
            return false;
        }
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty()
                || !account.get().enabled()
                || !stamp.equals(account.get().passwordChangedAt().toString())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            return true;
        }
        if (auth.getPrincipal() instanceof AccountPrincipal current) {
            AccountPrincipal fresh = AccountPrincipal.of(account.get());
            if (!fresh.equals(current)) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.authorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        return false;
    }

    private static @Nullable Long accountOf(@Nullable Authentication auth) {
        if (auth == null) {
            return null;
        }
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.accountId();
        }
        return auth instanceof PendingSecondFactor pending ? pending.account().accountId() : null;
    }
}
