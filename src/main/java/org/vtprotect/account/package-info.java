/**
 * Sign-in, accounts and roles, API tokens, the second factor, the audit trail, and the security
 * filter chains that apply the access rules every module declares.
 */
@ApplicationModule(
        displayName = "Accounts and access",
        allowedDependencies = {"platform", "directory"})
@NullMarked
package org.vtprotect.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
