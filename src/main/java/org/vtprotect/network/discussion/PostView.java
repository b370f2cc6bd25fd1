package org.vtprotect.network.discussion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post as a reader sees it: for members a hidden post's {@code body} is {@code null}; staff see
 * it with who hid it, when and why. {@code mine}: the reader wrote it; {@code editable}: they may
 * still change it.
 */
public record PostView(
        long id,
        @Nullable String authorName,
        boolean formerMember,
        @Nullable String body,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean hidden,
        boolean hiddenByAuthor,
        boolean sampleData,
        boolean mine,
        boolean editable,
        @Nullable Moderation moderation) {

    static PostView of(DiscussionPost p, Reader reader, Instant now) {
        boolean mine = p.writtenBy(reader.email());
        return new PostView(
                p.id(),
                p.authorName(),
                p.authorEmail() == null,
                p.hidden() && !reader.staff() ? null : p.body(),
                p.createdAt(),
                p.editedAt(),
                p.hidden(),
                p.hiddenByAuthor(),
                p.sampleData(),
                mine,
                mine && p.editableAt(now),
                reader.staff() ? p.moderation() : null);
    }
}
