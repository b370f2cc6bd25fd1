package org.vtprotect.event;

import java.time.Instant;
import java.util.List;

/**
 * A checked import kept on the server until it is imported or expires: the organiser sees it, then
 * imports it by its id; nothing of it comes back from the browser.
 */
public record ImportPreview(String id, long eventId, String fileName, List<ImportRow> rows, Instant expiresAt) {

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The rows an import would store. */
    public long importable() {
        return rows.size() - count(ImportOutcome.REJECTED);
    }
}
