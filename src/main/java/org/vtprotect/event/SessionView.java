package org.vtprotect.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.internal.AgendaSession;

/** A session of an event's agenda, by value; times are of the event's time zone. */
public record SessionView(
        long id,
        long eventId,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        String title,
        List<Long> speakerIds,
        @Nullable Long moderatorId) {

    static SessionView of(AgendaSession session) {
        return new SessionView(
                session.id(),
                session.eventId(),
                session.day(),
                session.startsAt(),
                session.endsAt(),
                session.title(),
                session.speakerIds().stream().sorted().toList(),
                session.moderatorPersonId());
    }
}
