package org.vtprotect.account.web.admin;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.account.AccountView;

/** The "edit account" form as typed: name, roles, organisation. */
public record AccountChangesForm(
        @Nullable String displayName,
        @Nullable List<String> roles,
        @Nullable String organisationId) {

    static AccountChangesForm of(AccountView account) {
        return new AccountChangesForm(
                account.displayName(),
                account.roles().stream().map(Enum::name).toList(),
                account.organisationId() == null ? "" : account.organisationId().toString());
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    public String valueOf(@Nullable String value) {
        return value == null ? "" : value;
    }
}
