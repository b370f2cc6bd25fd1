package org.vtprotect.event.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventFormat;
import org.vtprotect.event.Visibility;

/** What an event is, already checked: codes known, dates in order, texts tidy. */
public record EventDescription(
        String title,
        String type,
        LocalDate startDate,
        LocalDate endDate,
        ZoneId timeZone,
        EventFormat format,
        @Nullable String venueCity,
        @Nullable String venueCountryIso3,
        @Nullable String onlineLink,
        @Nullable String description,
        Visibility visibility,
        @Nullable LocalDate registrationOpens,
        @Nullable LocalDate registrationCloses,
        @Nullable Integer capacity,
        Set<String> themes,
        Set<String> targetTypes,
        Set<String> languages,
        Set<Long> organiserIds,
        boolean approvalRequired) {}
