package org.vtprotect.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Import previews kept in memory, bounded ({@value #MAX_KEPT} at most, the oldest dropped first)
 * and for {@link #KEPT} each, keyed by a random id and bound to the organiser who made them and the
 * event. Only this node knows them: behind a load balancer, keep an organiser on one node.
 */
@Component
class PreviewStore {

    static final int MAX_KEPT = 50;
    static final Duration KEPT = Duration.ofMinutes(30);

    /** A preview and the candidate rows behind it, as parsed from the file. */
    record Kept(ImportPreview preview, long owner, List<RegistrationImports.Candidate> candidates) {}

    private final Map<String, Kept> kept = new LinkedHashMap<>();
    private final Clock clock = Clock.systemUTC();

    synchronized ImportPreview keep(
            long eventId,
            long owner,
            String fileName,
            List<RegistrationImports.Candidate> candidates,
            List<ImportRow> rows) {
        expire();
        while (kept.size() >= MAX_KEPT) {
            Iterator<String> oldest = kept.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String id = UUID.randomUUID().toString();
        ImportPreview preview =
                new ImportPreview(id, eventId, fileName, rows, clock.instant().plus(KEPT));
        kept.put(id, new Kept(preview, owner, candidates));
        return preview;
    }

    synchronized Optional<Kept> find(String id, long eventId, long owner) {
        expire();
        Kept found = kept.get(id);
        return found != null && found.preview().eventId() == eventId && found.owner() == owner
                ? Optional.of(found)
                : Optional.empty();
    }

    synchronized void forget(String id) {
        kept.remove(id);
    }

    private void expire() {
        Instant now = clock.instant();
        kept.values().removeIf(k -> k.preview().expiresAt().isBefore(now));
    }
}
