package org.vtprotect.platform;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in account as any module may see it, without depending on the {@code account}
 * module: the principal of every authenticated request implements this interface.
 */
public interface CurrentUser {

    long accountId();

    String email();

    String displayName();

    @Nullable
    Long organisationId();

    /** The account behind the current request, if one is signed in. */
    static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }
}
