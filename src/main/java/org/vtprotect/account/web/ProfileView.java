package org.vtprotect.account.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.Role;

/** What the profile page shows about the signed-in account. */
public record ProfileView(
        String email,
        List<Role> roles,
        @Nullable String organisation,
        boolean secondFactorApplies,
        boolean secondFactorEnrolled) {}
