package org.vtprotect.event.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.event.EventView;

/**
 * The public list of events: upcoming (from today, soonest first) or past (latest first), of one
 * type or all, one page of rows and the links to the pages around it.
 */
public record EventListPage(
        boolean past,
        @Nullable String type,
        Map<String, String> types,
        List<Row> rows,
        int page,
        int size,
        long totalItems) {

    /** One event as the list shows it: its type and its place (city and country, or none when online). */
    public record Row(
            EventView event, String typeLabel, @Nullable String place) {}

    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : (long) page * size + rows.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return !rows.isEmpty() && last() < totalItems;
    }

    public String previous() {
        return link(past, type, page - 1);
    }

    public String next() {
        return link(past, type, page + 1);
    }

    /** The first page of upcoming or past events, keeping the type. */
    public String tab(boolean pastEvents) {
        return link(pastEvents, type, 0);
    }

    static String link(boolean past, @Nullable String type, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/events");
        if (past) {
            link.queryParam("when", "past");
        }
        if (type != null) {
            link.queryParam("type", type);
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
