package org.vtprotect.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A session of the agenda as an organiser describes it: a day of the event ({@code 2021-06-15}),
 * start and end times of the event's time zone ({@code 09:30}), a title, speakers and a moderator
 * (directory people, by id).
 */
public record SessionRequest(
        @Nullable String day,
        @Nullable String startsAt,
        @Nullable String endsAt,
        @Nullable String title,
        @Nullable List<Long> speakerIds,
        @Nullable Long moderatorId) {}
