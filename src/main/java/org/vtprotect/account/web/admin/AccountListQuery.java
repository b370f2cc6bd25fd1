package org.vtprotect.account.web.admin;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vtprotect.account.AccountOrder;
import org.vtprotect.platform.Role;

/** Reads the list's query parameters leniently: an unknown value means "no filter". */
final class AccountListQuery {

    private static final int MAX_QUERY = 200;

    private AccountListQuery() {}

    static String clip(String text) {
        String stripped = text.strip();
        return stripped.length() > MAX_QUERY ? stripped.substring(0, MAX_QUERY) : stripped;
    }

    static AccountOrder order(String sort) {
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "name" -> AccountOrder.NAME;
            case "newest" -> AccountOrder.NEWEST;
            default -> AccountOrder.EMAIL;
        };
    }

    static @Nullable Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    /** The status filter of the list page: "enabled", "disabled", or anything else for both. */
    static @Nullable Boolean status(String value) {
        return switch (value) {
            case "enabled" -> Boolean.TRUE;
            case "disabled" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The organisation chosen in a form: none when blank, an id no organisation has when garbled. */
    static @Nullable Long organisation(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
