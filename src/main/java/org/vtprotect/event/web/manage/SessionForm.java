package org.vtprotect.event.web.manage;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.SessionRequest;
import org.vtprotect.event.SessionView;

/** A session of the agenda as typed: day, times, title, the speakers and moderator chosen. */
public record SessionForm(
        @Nullable String day,
        @Nullable String startsAt,
        @Nullable String endsAt,
        @Nullable String title,
        @Nullable List<String> speakerIds,
        @Nullable String moderatorId) {

    static SessionForm empty(String firstDay) {
        return new SessionForm(firstDay, "09:00", "10:00", null, null, null);
    }

    static SessionForm of(SessionView s) {
        return new SessionForm(
                s.day().toString(),
                s.startsAt().toString(),
                s.endsAt().toString(),
                s.title(),
                s.speakerIds().stream().map(String::valueOf).toList(),
                s.moderatorId() == null ? null : String.valueOf(s.moderatorId()));
    }

    SessionRequest request() {
        List<Long> speakers = new ArrayList<>();
        for (String id : speakerIds == null ? List.<String>of() : speakerIds) {
            speakers.add(number(id));
        }
        Long moderator = moderatorId == null || moderatorId.isBlank() ? null : number(moderatorId);
        return new SessionRequest(day, startsAt, endsAt, title, speakers, moderator);
    }

    public boolean speaker(String id) {
        return speakerIds != null && speakerIds.contains(id);
    }

    /** A person id that is no number: one the service will not find. */
    private static Long number(String id) {
        try {
            return Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
