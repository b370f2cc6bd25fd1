package org.vtprotect.account;

import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.Role;

/**
 * Another module granted a person a role — the network admitting an expert, for one. The account
 * module answers it by opening the person's account with that role and mailing a link to set a
 * password, or by adding the role to the account the address already has. Modules publish it and
 * never call into the account module's internals.
 *
 * @param role the role granted
 * @param email the person's confirmed address
 * @param displayName given and family name
 * @param language the person's language (one of the six), for the mails
 * @param organisationId the directory organisation the person belongs to, when known
 * @param reason why, for the audit trail (never personal data beyond the address)
 */
public record AccountInvitationRequested(
        Role role,
        String email,
        String displayName,
        String language,
        @Nullable Long organisationId,
        String reason) {}
