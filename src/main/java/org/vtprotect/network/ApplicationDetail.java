package org.vtprotect.network;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application as programme officers review it: the content, reviewer notes, conflict of
 * interest and decision. Never shown to the applicant.
 */
public record ApplicationDetail(
        long id,
        ApplicationState state,
        ApplicationContent content,
        List<Note> notes,
        boolean changeAwaitingConfirmation,
        boolean conflictOfInterest,
        @Nullable String conflictNote,
        @Nullable String decisionReason,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable Instant confirmedAt,
        @Nullable Instant reviewStartedAt,
        @Nullable Instant withdrawnAt,
        boolean sampleData,
        Instant createdAt) {

    public record Note(String author, String text, Instant writtenAt) {}
}
