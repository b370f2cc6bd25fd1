package org.vtprotect.event.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.event.EventCalendars;

/** iCalendar (RFC 5545) files of events, for calendar applications. */
@RestController
class CalendarApi {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final EventCalendars calendars;

    CalendarApi(EventCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/api/v1/events/{id}/calendar.ics")
    ResponseEntity<String> ofEvent(@PathVariable long id) {
        return calendar(calendars.ofEvent(id), "event-" + id + ".ics");
    }

    @GetMapping("/api/v1/events/calendar.ics")
    ResponseEntity<String> feed() {
        return calendar(calendars.publicFeed(), "events.ics");
    }

    private static ResponseEntity<String> calendar(String body, String fileName) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(body);
    }
}
