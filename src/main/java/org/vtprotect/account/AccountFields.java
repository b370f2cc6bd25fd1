package org.vtprotect.account;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.security.PasswordResets;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.platform.Role;

/** Checks the fields of an account as typed, adding one problem per wrong field. */
final class AccountFields {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+");
    private static final int MAX_EMAIL = 320;
    private static final int MAX_NAME = 200;

    private AccountFields() {}

    /** The address, trimmed and lower-cased. */
    static String email(@Nullable String typed, List<FieldProblem> problems) {
        String email = typed == null ? "" : Account.normalise(typed);
        if (email.isEmpty()) {
            problems.add(new FieldProblem("email", "administration.email.required"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "administration.email.invalid"));
        }
        return email;
    }

    static String name(@Nullable String typed, List<FieldProblem> problems) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("displayName", "administration.displayName.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("displayName", "administration.displayName.tooLong"));
        }
        return name;
    }

    /** At least one role, each one the platform knows. */
    static Set<Role> roles(@Nullable Collection<String> typed, List<FieldProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (typed == null || typed.isEmpty()) {
            problems.add(new FieldProblem("roles", "administration.roles.required"));
            return roles;
        }
        for (String name : typed) {
            try {
                roles.add(Role.valueOf(name == null ? "" : name.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("roles", "administration.roles.unknown"));
                return roles;
            }
        }
        return roles;
    }

    /** A password given (not null) must be long enough; none at all means "send a link". */
    static void password(@Nullable String typed, List<FieldProblem> problems) {
        if (typed == null) {
            return;
        }
        if (typed.isEmpty()) {
            problems.add(new FieldProblem("password", "administration.password.required"));
        } else if (typed.length() < PasswordResets.MINIMUM_LENGTH) {
            problems.add(new FieldProblem("password", "administration.password.tooShort"));
        } else if (PasswordResets.tooLong(typed)) {
            // bcrypt hashes only the first 72 bytes and refuses more
            problems.add(new FieldProblem("password", "password.tooLong"));
        }
    }
}
