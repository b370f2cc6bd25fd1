package org.vtprotect.event.web.manage;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.event.EventView;
import org.vtprotect.event.RegistrationRow;

/** The check-in list of one day: the people registered (declined ones left out), found by name, each with one button. */
public record CheckInPage(
        EventView event,
        LocalDate day,
        List<Option> days,
        String q,
        List<Row> rows,
        int page,
        int size,
        long totalItems) {

    /** A person to check in, with their name in the reader's order. */
    public record Row(RegistrationRow registration, String name) {}

    public boolean attended(Row row) {
        return row.registration().attendedOn(day);
    }

    public String action(Row row) {
        return "/manage/events/" + event.id() + "/check-in/"
                + row.registration().id();
    }

    public String path() {
        return "/manage/events/" + event.id() + "/check-in";
    }

    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : (long) page * size + rows.size();
    }

    public @Nullable String previous() {
        return page > 0 ? link(page - 1) : null;
    }

    public @Nullable String next() {
        return !rows.isEmpty() && last() < totalItems ? link(page + 1) : null;
    }

    private String link(int target) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path()).queryParam("day", day);
        if (!q.isEmpty()) {
            link.queryParam("q", q);
        }
        if (target > 0) {
            link.queryParam("page", target);
        }
        return link.encode().build().toUriString();
    }
}
