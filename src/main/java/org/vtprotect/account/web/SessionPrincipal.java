package org.vtprotect.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.security.AccountPrincipal;

/** Puts a fresh principal into the session after the account changed, so that the header shows it at once. */
final class SessionPrincipal {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SessionPrincipal() {}

    static void refresh(Account account, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = AccountPrincipal.of(account);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
