package org.vtprotect.event.web.manage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventView;

/** The records one figure counts, named: as many rows in all as the figure says. */
public record RecordsPage(
        @Nullable EventView event,
        String figureLabel,
        String definition,
        long figure,
        List<String> headers,
        List<List<String>> rows,
        int page,
        int size,
        long totalItems,
        String back,
        String self) {

    public long first() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return rows.isEmpty() ? 0 : (long) page * size + rows.size();
    }

    public @Nullable String previous() {
        return page > 0 ? self + "&page=" + (page - 1) : null;
    }

    public @Nullable String next() {
        return !rows.isEmpty() && last() < totalItems ? self + "&page=" + (page + 1) : null;
    }
}
