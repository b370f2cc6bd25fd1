package org.vtprotect.network.discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How one reader hears of new posts, in which language, and the newest post a digest has listed
 * for them (so that none is listed twice).
 */
@Entity
@Table(name = "discussion_preference")
class DiscussionPreference {

    @Id
    private String email = "";

    @Enumerated(EnumType.STRING)
    private Notification notification = Notification.IMMEDIATE;

    private String language = "en";
    private long lastDigestPostId;
    private @Nullable Instant lastDigestAt;
    private Instant updatedAt = Instant.EPOCH;

    protected DiscussionPreference() {}

    DiscussionPreference(String email, String language, long newestPostId, Instant now) {
        this.email = email;
        this.language = language;
        this.lastDigestPostId = newestPostId;
        this.updatedAt = now;
    }

    void choose(Notification chosen, String language, Instant now) {
        this.notification = chosen;
        this.language = language;
        this.updatedAt = now;
    }

    /** A digest listed the posts up to this one. */
    void digested(long newestPostId, Instant now) {
        this.lastDigestPostId = Math.max(lastDigestPostId, newestPostId);
        this.lastDigestAt = now;
    }

    String email() {
        return email;
    }

    Notification notification() {
        return notification;
    }

    String language() {
        return language;
    }

    long lastDigestPostId() {
        return lastDigestPostId;
    }

    @Nullable
    Instant lastDigestAt() {
        return lastDigestAt;
    }
}
