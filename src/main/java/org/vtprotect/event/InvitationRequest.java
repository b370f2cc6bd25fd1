package org.vtprotect.event;

import org.jspecify.annotations.Nullable;

/**
 * Someone to invite, as an organiser lists them (a line of a CSV file, or a person of the
 * directory): the address is required, the rest prefills the registration form. {@code language}
 * is one of the six (the mail is written in it); none means the organiser's.
 */
public record InvitationRequest(
        @Nullable String email,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String organisation,
        @Nullable String countryIso3,
        @Nullable String language) {}
