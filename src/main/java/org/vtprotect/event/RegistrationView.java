package org.vtprotect.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;
import org.vtprotect.event.internal.Registration;

/** A registration, by value, with the days attended and whether the person may be listed. */
public record RegistrationView(
        long id,
        long eventId,
        long personId,
        @Nullable Long organisationId,
        @Nullable String representedCountryIso3,
        Gender gender,
        ParticipantRole role,
        RegistrationStatus status,
        String language,
        @Nullable Instant consentedAt,
        List<LocalDate> days,
        Instant createdAt,
        boolean listed) {

    static RegistrationView of(Registration registration) {
        return new RegistrationView(
                registration.id(),
                registration.eventId(),
                registration.personId(),
                registration.organisationId(),
                registration.representedCountryIso3(),
                registration.gender(),
                registration.role(),
                registration.status(),
                registration.language(),
                registration.consentedAt(),
                registration.days().stream().sorted().toList(),
                registration.createdAt(),
                registration.listed());
    }
}
