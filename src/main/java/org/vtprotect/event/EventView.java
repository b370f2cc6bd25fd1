package org.vtprotect.event;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventRequest.Venue;
import org.vtprotect.event.internal.Event;

/** An event, by value, as the API and the pages show it. */
public record EventView(
        long id,
        String title,
        String type,
        LocalDate startDate,
        LocalDate endDate,
        String timeZone,
        EventFormat format,
        @Nullable Venue venue,
        @Nullable String onlineLink,
        @Nullable String description,
        List<String> themes,
        List<String> targetTypes,
        List<Long> organiserIds,
        Visibility visibility,
        @Nullable LocalDate registrationOpens,
        @Nullable LocalDate registrationCloses,
        @Nullable Integer capacity,
        boolean approvalRequired,
        int seatsTaken,
        List<String> languages,
        EventState state,
        boolean registrationOpen,
        boolean sampleData) {

    static EventView of(Event event) {
        Venue venue = event.venueCity() == null && event.venueCountryIso3() == null
                ? null
                : new Venue(event.venueCity(), event.venueCountryIso3());
        return new EventView(
                event.id(),
                event.title(),
                event.type(),
                event.startDate(),
                event.endDate(),
                event.timeZone(),
                event.format(),
                venue,
                event.onlineLink(),
                event.description(),
                event.themes().stream().sorted().toList(),
                event.targetTypes().stream().sorted().toList(),
                event.organiserIds().stream().sorted().toList(),
                event.visibility(),
                event.registrationOpens(),
                event.registrationCloses(),
                event.capacity(),
                event.approvalRequired(),
                event.seatsTaken(),
                event.languages().stream().sorted().toList(),
                event.state(),
                event.registrationOpenNow(),
                event.sampleData());
    }
}
