/**
 * The Global Network of Experts: applications from the public, their vetting by programme officers,
 * and admission, which the {@code account} module answers by opening the expert's account. The
 * module never calls the account module's internals: it publishes
 * {@link org.vtprotect.account.AccountInvitationRequested}.
 */
@ApplicationModule(
        displayName = "Network of experts",
        allowedDependencies = {"platform", "reference", "directory", "account", "library"})
@NullMarked
package org.vtprotect.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
