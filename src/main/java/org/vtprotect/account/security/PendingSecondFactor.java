package org.vtprotect.account.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A password checked, a second factor still owed: carries no role, only the authority that opens
 * the code page. Its principal is the account's e-mail address, not an {@link AccountPrincipal},
 * so no page treats it as signed in.
 */
public class PendingSecondFactor extends AbstractAuthenticationToken {

    public static final String AUTHORITY = "SECOND_FACTOR_PENDING";

    private final AccountPrincipal account;

    public PendingSecondFactor(AccountPrincipal account) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.account = account;
        setAuthenticated(true);
    }

    public AccountPrincipal account() {
        return account;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return account.email();
    }
}
