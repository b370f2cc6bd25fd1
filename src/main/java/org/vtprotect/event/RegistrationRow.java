package org.vtprotect.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;

/** A registration as the organisers' lists show it: with the person's name and address and the organisation's name. */
public record RegistrationRow(
        long id,
        long personId,
        String givenName,
        String familyName,
        String email,
        @Nullable Long organisationId,
        @Nullable String organisationName,
        @Nullable String representedCountryIso3,
        Gender gender,
        ParticipantRole role,
        RegistrationStatus status,
        @Nullable String needs,
        List<LocalDate> days,
        Instant createdAt) {

    public boolean attendedOn(LocalDate day) {
        return days.contains(day);
    }
}
