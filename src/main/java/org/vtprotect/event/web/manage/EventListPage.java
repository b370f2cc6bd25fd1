package org.vtprotect.event.web.manage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.event.EventView;

/** The organisers' list of events: the filters as chosen, one page of rows, and the links around it. */
public record EventListPage(
        String q,
        String type,
        String state,
        String year,
        List<Option> types,
        List<Option> states,
        List<Row> rows,
        int page,
        int size,
        long totalItems) {

    /** One event as the list shows it. */
    public record Row(
            EventView event,
            String typeLabel,
            String stateLabel,
            @Nullable String place) {}

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
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(ManageEventList.PATH);
        if (!q.isEmpty()) {
            link.queryParam("q", q);
        }
        if (!type.isEmpty()) {
            link.queryParam("type", type);
        }
        if (!state.isEmpty()) {
            link.queryParam("state", state);
        }
        if (!year.isEmpty()) {
            link.queryParam("year", year);
        }
        if (target > 0) {
            link.queryParam("page", target);
        }
        return link.encode().build().toUriString();
    }
}
