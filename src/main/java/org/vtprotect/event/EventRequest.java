package org.vtprotect.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event as a client describes it; every field is checked and a wrong one named in a 400.
 * Dates are ISO ({@code 2021-06-15}), countries ISO alpha-3, codes from the taxonomy.
 */
public record EventRequest(
        @Nullable String title,
        @Nullable String type,
        @Nullable String startDate,
        @Nullable String endDate,
        @Nullable String timeZone,
        @Nullable String format,
        @Nullable Venue venue,
        @Nullable String onlineLink,
        @Nullable String description,
        @Nullable List<String> themes,
        @Nullable List<String> targetTypes,
        @Nullable List<Long> organiserIds,
        @Nullable String visibility,
        @Nullable String registrationOpens,
        @Nullable String registrationCloses,
        @Nullable Integer capacity,
        @Nullable List<String> languages,
        @Nullable Boolean approvalRequired) {

    /** Where an event takes place. */
    public record Venue(@Nullable String city, @Nullable String countryIso3) {}
}
