package org.vtprotect.account;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.account.internal.Account;
import org.vtprotect.platform.Role;

/** An account as administrators see it; never carries the password hash or the second-factor secret. */
public record AccountView(
        long id,
        String email,
        String displayName,
        List<Role> roles,
        @Nullable Long organisationId,
        boolean enabled,
        Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(
                account.id(),
                account.email(),
                account.displayName(),
                account.roles().stream().sorted().toList(),
                account.organisationId(),
                account.enabled(),
                account.createdAt());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
