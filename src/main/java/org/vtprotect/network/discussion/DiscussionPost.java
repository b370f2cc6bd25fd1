package org.vtprotect.network.discussion;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException;

/**
 * One post of a thread, stored exactly as typed. Its author may edit it for {@link #EDIT_WINDOW}
 * and may delete it (it is then hidden, as by its author); a moderator may hide it with a reason.
 */
@Entity
@Table(name = "discussion_post")
class DiscussionPost {

    /** How long after writing a post its author may still change it. */
    static final Duration EDIT_WINDOW = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long threadId;
    private @Nullable String authorEmail;
    private @Nullable String authorName;
    private String body = "";
    private Instant createdAt = Instant.EPOCH;
    private @Nullable Instant editedAt;
    private boolean hidden;
    private boolean hiddenByAuthor;
    private @Nullable String hiddenBy;
    private @Nullable Instant hiddenAt;
    private @Nullable String hiddenReason;
    private boolean sampleData;

    @Version
    private long version;

    protected DiscussionPost() {}

    DiscussionPost(long threadId, Author author, String body, Instant now) {
        this.threadId = threadId;
        this.authorEmail = author.email();
        this.authorName = author.name();
        this.body = body;
        this.createdAt = now;
    }

    boolean writtenBy(String email) {
        return email.equals(authorEmail);
    }

    /** Whether its author may still change it at {@code now}. */
    boolean editableAt(Instant now) {
        return !hidden && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    void edit(String newBody, Instant now) {
        if (!editableAt(now)) {
            throw ProblemException.conflict("networkDiscussions.edit.tooLate", EDIT_WINDOW.toMinutes());
        }
        this.body = newBody;
        this.editedAt = now;
    }

    /** Its author deletes it: hidden, as by its author. */
    void withdraw(String by, Instant now) {
        hide(by, "", now);
        this.hiddenByAuthor = true;
    }

    void hide(String by, String reason, Instant now) {
        this.hidden = true;
        this.hiddenByAuthor = false;
        this.hiddenBy = by;
        this.hiddenAt = now;
        this.hiddenReason = reason;
    }

    void unhide() {
        this.hidden = false;
        this.hiddenByAuthor = false;
        this.hiddenBy = null;
        this.hiddenAt = null;
        this.hiddenReason = null;
    }

    /** The author was erased: the post stays, shown as a former member's. */
    void forgetAuthor() {
        if (authorEmail != null && authorEmail.equals(hiddenBy)) {
            this.hiddenBy = null;
        }
        this.authorEmail = null;
        this.authorName = null;
    }

    void markSample() {
        this.sampleData = true;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("post not saved yet");
        }
        return id;
    }

    long threadId() {
        return threadId;
    }

    @Nullable
    String authorEmail() {
        return authorEmail;
    }

    @Nullable
    String authorName() {
        return authorName;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant editedAt() {
        return editedAt;
    }

    boolean hidden() {
        return hidden;
    }

    boolean hiddenByAuthor() {
        return hiddenByAuthor;
    }

    boolean sampleData() {
        return sampleData;
    }

    @Nullable
    Moderation moderation() {
        return hidden && hiddenAt != null
                ? new Moderation(hiddenBy == null ? "" : hiddenBy, hiddenAt, hiddenReason == null ? "" : hiddenReason)
                : null;
    }
}
