package org.vtprotect.event.web.manage;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventRequest;
import org.vtprotect.event.EventView;

/** The event editor as typed; lists are the checked boxes and chosen options. */
public record EventForm(
        @Nullable String title,
        @Nullable String type,
        @Nullable String startDate,
        @Nullable String endDate,
        @Nullable String timeZone,
        @Nullable String format,
        @Nullable String venueCity,
        @Nullable String venueCountry,
        @Nullable String onlineLink,
        @Nullable String description,
        @Nullable List<String> themes,
        @Nullable List<String> targetTypes,
        @Nullable List<String> organiserIds,
        @Nullable String visibility,
        @Nullable String registrationOpens,
        @Nullable String registrationCloses,
        @Nullable String capacity,
        @Nullable String approvalRequired,
        @Nullable List<String> languages) {

    static final EventForm EMPTY = new EventForm(
            null,
            null,
            null,
            null,
            "UTC",
            "IN_PERSON",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "PUBLIC",
            null,
            null,
            null,
            null,
            null);

    static EventForm of(EventView e) {
        return new EventForm(
                e.title(),
                e.type(),
                e.startDate().toString(),
                e.endDate().toString(),
                e.timeZone(),
                e.format().name(),
                e.venue() == null ? null : e.venue().city(),
                e.venue() == null ? null : e.venue().countryIso3(),
                e.onlineLink(),
                e.description(),
                e.themes(),
                e.targetTypes(),
                e.organiserIds().stream().map(String::valueOf).toList(),
                e.visibility().name(),
                e.registrationOpens() == null ? null : e.registrationOpens().toString(),
                e.registrationCloses() == null ? null : e.registrationCloses().toString(),
                e.capacity() == null ? null : e.capacity().toString(),
                e.approvalRequired() ? "true" : null,
                e.languages());
    }

    /** The request for the service; a capacity or organiser that is no number is sent as one the service refuses. */
    EventRequest request() {
        Integer seats = null;
        if (capacity != null && !capacity.isBlank()) {
            try {
                seats = Integer.valueOf(capacity.strip());
            } catch (NumberFormatException e) {
                seats = -1;
            }
        }
        List<Long> organisers = new ArrayList<>();
        for (String id : organiserIds == null ? List.<String>of() : organiserIds) {
            try {
                organisers.add(Long.valueOf(id.strip()));
            } catch (NumberFormatException e) {
                organisers.add(-1L);
            }
        }
        return new EventRequest(
                title,
                type,
                startDate,
                endDate,
                timeZone,
                format,
                new EventRequest.Venue(venueCity, venueCountry),
                onlineLink,
                description,
                themes,
                targetTypes,
                organisers,
                visibility,
                registrationOpens,
                registrationCloses,
                seats,
                languages,
                approvalAsked());
    }

    public boolean approvalAsked() {
        return approvalRequired != null && !approvalRequired.isBlank() && !"false".equals(approvalRequired);
    }

    public boolean chose(@Nullable List<String> chosen, String value) {
        return chosen != null && chosen.contains(value);
    }

    /** The service's name for a field, as the form names it. */
    static String formField(String field) {
        return switch (field) {
            case "venue.city" -> "venueCity";
            case "venue.countryIso3" -> "venueCountry";
            default -> field;
        };
    }
}
