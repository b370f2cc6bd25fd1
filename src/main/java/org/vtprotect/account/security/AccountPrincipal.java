package org.vtprotect.account.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.vtprotect.account.internal.Account;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.Role;

/** The signed-in account as kept in the session or derived from an API token. */
public record AccountPrincipal(
        long accountId,
        String email,
        String displayName,
        @Nullable Long organisationId,
        Set<Role> roles) implements CurrentUser, Serializable {

    public static AccountPrincipal of(Account account) {
        return new AccountPrincipal(
                account.id(), account.email(), account.displayName(), account.organisationId(), account.roles());
    }

    public Collection<GrantedAuthority> authorities() {
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
