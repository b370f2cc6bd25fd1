package org.vtprotect.library;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A rebuild of the library's search index, running or finished: how many documents there were to
 * index, how many are done, how many index entries of documents no longer in the database were
 * removed, when and by whom it was started.
 */
public record IndexRun(
        State state,
        long total,
        long indexed,
        long removed,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String startedBy) {

    public enum State {
        /** No rebuild since the application started. */
        NEVER,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    static final IndexRun NEVER_RUN = new IndexRun(State.NEVER, 0, 0, 0, null, null, null);

    public boolean running() {
        return state == State.RUNNING;
    }

    /** How far it is, 0 to 100. */
    public int percent() {
        if (state == State.SUCCEEDED) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, indexed * 100 / total);
    }

    public @Nullable Duration duration() {
        return startedAt == null ? null : Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
    }

    IndexRun indexed(long more) {
        return new IndexRun(state, total, Math.min(total, indexed + more), removed, startedAt, finishedAt, startedBy);
    }

    IndexRun finished(State outcome, long removedEntries) {
        return new IndexRun(
                outcome,
                total,
                outcome == State.SUCCEEDED ? total : indexed,
                removedEntries,
                startedAt,
                Instant.now(),
                startedBy);
    }
}
