package org.vtprotect.network;

import org.jspecify.annotations.Nullable;

/**
 * A programme officer admitted an applicant to the network. The account module answers it by
 * opening the expert's account (or adding the {@code EXPERT} role to an existing one) and mailing
 * a link to set a password.
 *
 * @param applicationId the admitted application
 * @param email the applicant's confirmed address, trimmed and lower-cased
 * @param displayName given and family name
 * @param language the applicant's language (one of the six), for the mails
 * @param organisationId the directory organisation the applicant named, when it is recorded there
 */
public record ExpertAdmitted(
        long applicationId,
        String email,
        String displayName,
        String language,
        @Nullable Long organisationId) {}
