package org.vtprotect.account.web.admin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The "new account" form as typed. {@code passwordChoice} is {@code link} (mail a link to choose
 * the password, the default) or {@code now} (the administrator types it).
 */
public record AccountForm(
        @Nullable String email,
        @Nullable String displayName,
        @Nullable List<String> roles,
        @Nullable String organisationId,
        @Nullable String passwordChoice,
        @Nullable String password) {

    static AccountForm blank() {
        return new AccountForm("", "", List.of(), "", "link", null);
    }

    public boolean setsPasswordNow() {
        return "now".equals(passwordChoice);
    }

    public boolean hasRole(String role) {
        return roles != null && roles.contains(role);
    }

    public String valueOf(@Nullable String value) {
        return value == null ? "" : value;
    }
}
