package org.vtprotect.event.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.event.EventRequest;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;

/** Events over JSON: everyone reads public events; staff and organising partners record and change them. */
@RestController
class EventApi {

    /** A move to another state: {@code {"state":"PUBLISHED"}}. */
    record StateChange(@Nullable String state) {}

    private final Events events;

    EventApi(Events events) {
        this.events = events;
    }

    @GetMapping("/api/v1/events")
    Listing<EventView> list(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return Listing.of(events.list(from, to, blankToNull(type), page, size));
    }

    @GetMapping("/api/v1/events/{id}")
    EventView one(@PathVariable long id) {
        return events.find(id);
    }

    @PostMapping("/api/v1/events")
    ResponseEntity<EventView> create(@RequestBody EventRequest request) {
        EventView created = events.create(request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/events/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/events/{id}")
    EventView change(@PathVariable long id, @RequestBody EventRequest request) {
        return events.change(id, request);
    }

    @PutMapping("/api/v1/events/{id}/state")
    EventView moveTo(@PathVariable long id, @RequestBody StateChange change) {
        return events.moveTo(id, change.state());
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
