package org.vtprotect.event.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.event.EventView;
import org.vtprotect.event.ImportOutcome;
import org.vtprotect.event.ImportPreview;
import org.vtprotect.event.ImportRow;

/** The preview of an import: counts per outcome, one page of rows (optionally of one outcome), the import button. */
public record PreviewPage(
        EventView event,
        ImportPreview preview,
        @Nullable ImportOutcome outcome,
        List<ImportRow> rows,
        int page,
        int size,
        long totalItems) {

    public String action() {
        return "/manage/events/" + event.id() + "/import/" + preview.id();
    }

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
        return last() < totalItems;
    }

    public String link(@Nullable ImportOutcome only, int target) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(action());
        if (only != null) {
            link.queryParam("outcome", only.name());
        }
        if (target > 0) {
            link.queryParam("page", target);
        }
        return link.encode().build().toUriString();
    }

    public String name(ImportRow row) {
        return ((row.givenName() == null ? "" : row.givenName()) + " "
                        + (row.familyName() == null ? "" : row.familyName()))
                .strip();
    }
}
