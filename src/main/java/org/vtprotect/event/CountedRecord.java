package org.vtprotect.event;

import org.jspecify.annotations.Nullable;

/**
 * One record a figure counts: a registration (with its event, person, organisation and country),
 * a person, an organisation or a country; what does not apply is null.
 */
public record CountedRecord(
        @Nullable Long registrationId,
        @Nullable Long eventId,
        @Nullable Long personId,
        @Nullable Long organisationId,
        @Nullable String countryIso3) {}
