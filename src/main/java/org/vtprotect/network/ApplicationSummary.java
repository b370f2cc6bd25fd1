package org.vtprotect.network;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the vetting queue. */
public record ApplicationSummary(
        long id,
        String name,
        String email,
        @Nullable String organisationName,
        String countryIso3,
        ApplicationState state,
        boolean conflictOfInterest,
        boolean sampleData,
        @Nullable Instant confirmedAt,
        Instant createdAt) {}
