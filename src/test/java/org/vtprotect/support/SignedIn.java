package org.vtprotect.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.platform.Role;

/** MockMvc requests made as a signed-in account with the given roles, as the security chain would see it. */
public final class SignedIn {

    private SignedIn() {}

    public static RequestPostProcessor as(Role... roles) {
        return as(999_000L, "someone@example.org", null, roles);
    }

    public static RequestPostProcessor as(long accountId, String email, @Nullable Long organisationId, Role... roles) {
        Set<Role> granted = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
        var principal = new AccountPrincipal(accountId, email, "Test " + email, organisationId, granted);
        return authentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
    }
}
