package org.vtprotect.network.discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException;

/**
 * A thread of one theme: its title, who opened it (address and the name shown then, both cleared
 * when that member is erased), how many posts and when the last one came; a moderator may lock it
 * (no more replies) or hide it, and says why.
 */
@Entity
@Table(name = "discussion_thread")
class DiscussionThread {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String theme = "";
    private String title = "";
    private @Nullable String authorEmail;
    private @Nullable String authorName;
    private Instant createdAt = Instant.EPOCH;
    private Instant lastPostAt = Instant.EPOCH;
    private int postCount;
    private boolean locked;
    private @Nullable String lockedBy;
    private @Nullable Instant lockedAt;
    private @Nullable String lockReason;
    private boolean hidden;
    private @Nullable String hiddenBy;
    private @Nullable Instant hiddenAt;
    private @Nullable String hiddenReason;
    private boolean sampleData;

    @Version
    private long version;

    protected DiscussionThread() {}

    DiscussionThread(String theme, String title, Author author, Instant now) {
        this.theme = theme;
        this.title = title;
        this.authorEmail = author.email();
        this.authorName = author.name();
        this.createdAt = now;
        this.lastPostAt = now;
    }

    /** A post was added: counted, and the thread moves up the list. */
    void posted(Instant now) {
        if (locked) {
            throw ProblemException.conflict("networkDiscussions.locked");
        }
        postCount++;
        lastPostAt = now;
    }

    void lock(String by, String reason, Instant now) {
        this.locked = true;
        this.lockedBy = by;
        this.lockedAt = now;
        this.lockReason = reason;
    }

    void unlock() {
        this.locked = false;
        this.lockedBy = null;
        this.lockedAt = null;
        this.lockReason = null;
    }

    void hide(String by, String reason, Instant now) {
        this.hidden = true;
        this.hiddenBy = by;
        this.hiddenAt = now;
        this.hiddenReason = reason;
    }

    void unhide() {
        this.hidden = false;
        this.hiddenBy = null;
        this.hiddenAt = null;
        this.hiddenReason = null;
    }

    /** The opener was erased: the thread stays, shown as a former member's. */
    void forgetAuthor() {
        this.authorEmail = null;
        this.authorName = null;
    }

    void markSample() {
        this.sampleData = true;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("thread not saved yet");
        }
        return id;
    }

    String theme() {
        return theme;
    }

    String title() {
        return title;
    }

    @Nullable
    String authorEmail() {
        return authorEmail;
    }

    @Nullable
    String authorName() {
        return authorName;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant lastPostAt() {
        return lastPostAt;
    }

    int postCount() {
        return postCount;
    }

    boolean locked() {
        return locked;
    }

    boolean hidden() {
        return hidden;
    }

    boolean sampleData() {
        return sampleData;
    }

    @Nullable
    Moderation lockModeration() {
        return locked && lockedBy != null && lockedAt != null && lockReason != null
                ? new Moderation(lockedBy, lockedAt, lockReason)
                : null;
    }

    @Nullable
    Moderation hideModeration() {
        return hidden && hiddenBy != null && hiddenAt != null && hiddenReason != null
                ? new Moderation(hiddenBy, hiddenAt, hiddenReason)
                : null;
    }
}
