package org.vtprotect.event;

import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;

/**
 * Which registrations of an event a list shows: words of the person's name or address, words of
 * the organisation's name, a status, a role, a represented country (ISO alpha-3), a gender;
 * {@code present} leaves declined registrations out (the check-in list).
 */
public record RegistrationFilter(
        @Nullable String text,
        @Nullable String organisation,
        @Nullable RegistrationStatus status,
        @Nullable ParticipantRole role,
        @Nullable String country,
        @Nullable Gender gender,
        boolean present) {

    public static final RegistrationFilter ALL = new RegistrationFilter(null, null, null, null, null, null, false);
}
