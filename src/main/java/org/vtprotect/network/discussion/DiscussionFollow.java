package org.vtprotect.network.discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reader (by account address) follows a thread and hears of its new posts. */
@Entity
@Table(name = "discussion_follow")
class DiscussionFollow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long threadId;
    private String email = "";
    private Instant createdAt = Instant.EPOCH;

    protected DiscussionFollow() {}

    DiscussionFollow(long threadId, String email, Instant now) {
        this.threadId = threadId;
        this.email = email;
        this.createdAt = now;
    }

    long threadId() {
        return threadId;
    }

    String email() {
        return email;
    }

    Instant createdAt() {
        return createdAt;
    }
}
