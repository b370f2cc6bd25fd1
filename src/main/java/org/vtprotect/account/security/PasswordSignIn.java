package org.vtprotect.account.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.vtprotect.account.internal.Account;

/** The sign-in form's authentication: password, lockout, then the principal with its roles. */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final PasswordCheck check;

    PasswordSignIn(PasswordCheck check) {
        this.check = check;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        Account account =
                check.verify(authentication.getName(), String.valueOf(authentication.getCredentials()), address);
        AccountPrincipal principal = AccountPrincipal.of(account);
        if (account.totpEnabled()) {
            return new PendingSecondFactor(principal);
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
