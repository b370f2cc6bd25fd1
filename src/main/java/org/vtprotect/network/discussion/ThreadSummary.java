package org.vtprotect.network.discussion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A thread as a reader sees it in a list or at the top of its page. For members a hidden thread's
 * {@code title} is {@code null}; {@code authorName} is {@code null} for a former member
 * ({@code formerMember}). The moderation records are given to staff only.
 */
public record ThreadSummary(
        long id,
        String theme,
        @Nullable String title,
        @Nullable String authorName,
        boolean formerMember,
        Instant createdAt,
        Instant lastPostAt,
        int postCount,
        boolean locked,
        boolean hidden,
        boolean sampleData,
        @Nullable Moderation lockedBy,
        @Nullable Moderation hiddenBy) {

    static ThreadSummary of(DiscussionThread t, boolean staff) {
        return new ThreadSummary(
                t.id(),
                t.theme(),
                t.hidden() && !staff ? null : t.title(),
                t.authorName(),
                t.authorEmail() == null,
                t.createdAt(),
                t.lastPostAt(),
                t.postCount(),
                t.locked(),
                t.hidden(),
                t.sampleData(),
                staff ? t.lockModeration() : null,
                staff ? t.hideModeration() : null);
    }
}
