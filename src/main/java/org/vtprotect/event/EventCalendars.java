package org.vtprotect.event;

import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.EventRepository;
import org.vtprotect.event.internal.ICalendar;

/** iCalendar files: one event's (for those who may see it), and the feed of public events. */
@Service
public class EventCalendars {

    /** How many public events the feed holds: the most recent ones by start date. */
    static final int FEED_SIZE = 500;

    private final Events events;
    private final EventRepository rows;
    private final String baseUrl;

    EventCalendars(Events events, EventRepository rows, @Value("${vtp.base-url}") String baseUrl) {
        this.events = events;
        this.rows = rows;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Transactional(readOnly = true)
    public String ofEvent(long id) {
        return ICalendar.of(List.of(events.visible(id)), baseUrl, Instant.now());
    }

    @Transactional(readOnly = true)
    public String publicFeed() {
        List<Event> shown = rows.findAll(
                        EventRepository.visible(null, null, null, false, null),
                        PageRequest.of(0, FEED_SIZE, Sort.by(Sort.Direction.DESC, "startDate", "id")))
                .getContent();
        return ICalendar.of(shown, baseUrl, Instant.now());
    }
}
