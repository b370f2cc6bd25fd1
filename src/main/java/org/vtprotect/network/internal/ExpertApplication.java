package org.vtprotect.network.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.ApplicationContent;
import org.vtprotect.network.ApplicationState;
import org.vtprotect.platform.ProblemException;

/**
 * One application to the network, from the first sending to the decision. It guards its states: it
 * is reviewed only once its address is confirmed, decided once, and withdrawn only while open.
 */
@Entity
public class ExpertApplication extends ApplicationFields {

    /** How long a link to confirm an address works. */
    public static final Duration CONFIRMATION_LIFETIME = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private @Nullable String openEmail;

    @Enumerated(EnumType.STRING)
    private ApplicationState state;

    private @Nullable String confirmationTokenHash;
    private @Nullable Instant confirmationExpiresAt;
    private @Nullable String pendingRevision;
    private @Nullable String withdrawalTokenHash;
    private @Nullable Instant confirmedAt;
    private @Nullable Instant reviewStartedAt;
    private boolean conflictOfInterest;
    private @Nullable String conflictNote;
    private @Nullable Instant decidedAt;
    private @Nullable String decidedBy;
    private @Nullable String decisionReason;
    private @Nullable Instant withdrawnAt;
    private boolean sampleData;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "expert_application_note", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "text", column = @Column(name = "text"))
    private List<ReviewerNote> notes = new ArrayList<>();

    @Version
    private long version;

    protected ExpertApplication() {
        this.state = ApplicationState.AWAITING_EMAIL_CONFIRMATION;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public ExpertApplication(ApplicationContent content, Instant now) {
        this();
        replace(content);
        this.openEmail = content.email();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets a new content: only while unconfirmed, or when the address confirms a change. */
    private void replace(ApplicationContent content) {
        write(content);
        this.updatedAt = Instant.now();
    }

    /** A new link is needed to confirm the address; an earlier link no longer works. */
    public void awaitConfirmation(String tokenHash, Instant expiresAt) {
        this.confirmationTokenHash = tokenHash;
        this.confirmationExpiresAt = expiresAt;
    }

    /**
     * Another sending from the same address. Unconfirmed, the application takes the new content at
     * once; confirmed, the content waits ({@code revisionJson}) until the address confirms it, so that
     * nobody else can change a confirmed application.
     */
    public void merge(ApplicationContent content, String revisionJson) {
        if (state == ApplicationState.AWAITING_EMAIL_CONFIRMATION) {
            replace(content);
            this.pendingRevision = null;
        } else {
            this.pendingRevision = revisionJson;
            this.updatedAt = Instant.now();
        }
    }

    /** Whether a confirmation link with this token's hash is still good. */
    public boolean confirmableAt(Instant now) {
        return state.open() && confirmationExpiresAt != null && now.isBefore(confirmationExpiresAt);
    }

    /**
     * The address is confirmed: the application counts (or its waiting change is applied). The
     * {@code withdrawalTokenHash} is for the link with which the applicant may withdraw it.
     */
    public void confirm(@Nullable ApplicationContent revision, String withdrawalTokenHash, Instant now) {
        if (!confirmableAt(now)) {
            throw ProblemException.conflict("network.confirm.expired");
        }
        if (revision != null) {
            replace(revision);
        }
        if (state == ApplicationState.AWAITING_EMAIL_CONFIRMATION) {
            this.state = ApplicationState.SUBMITTED;
            this.confirmedAt = now;
        }
        this.pendingRevision = null;
        this.confirmationTokenHash = null;
        this.confirmationExpiresAt = null;
        this.withdrawalTokenHash = withdrawalTokenHash;
        this.updatedAt = now;
    }

    public void startReview(Instant now) {
        if (state != ApplicationState.SUBMITTED) {
            throw ProblemException.conflict("network.review.notSubmitted");
        }
        this.state = ApplicationState.UNDER_REVIEW;
        this.reviewStartedAt = now;
        this.updatedAt = now;
    }

    public void addNote(String author, String text, Instant now) {
        notes.add(new ReviewerNote(author, text, now));
        this.updatedAt = now;
    }

    public void flagConflict(boolean conflict, @Nullable String note) {
        this.conflictOfInterest = conflict;
        this.conflictNote = conflict ? note : null;
        this.updatedAt = Instant.now();
    }

    /** Admits or declines; an application is decided once, and only once its address is confirmed. */
    public void decide(ApplicationState decision, @Nullable String reason, String by, Instant now) {
        if (!decision.decided()) {
            throw ProblemException.invalid("decision", "network.decision.unknown");
        }
        if (state.decided()) {
            throw ProblemException.conflict("network.decision.already");
        }
        if (!ApplicationState.TO_REVIEW.contains(state)) {
            throw ProblemException.conflict("network.decision.notReviewable");
        }
        this.state = decision;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
        close(now);
    }

    /** The applicant withdraws; a decided application stays decided. */
    public void withdraw(Instant now) {
        if (!state.open()) {
            throw ProblemException.conflict("network.withdraw.closed");
        }
        this.state = ApplicationState.WITHDRAWN;
        this.withdrawnAt = now;
        close(now);
    }

    private void close(Instant now) {
        this.openEmail = null;
        this.pendingRevision = null;
        this.confirmationTokenHash = null;
        this.confirmationExpiresAt = null;
        this.withdrawalTokenHash = null;
        this.updatedAt = now;
    }

    public void markSample() {
        this.sampleData = true;
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("application not saved yet");
        }
        return id;
    }

    public ApplicationState state() {
        return state;
    }

    public @Nullable String pendingRevision() {
        return pendingRevision;
    }

    public @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    public @Nullable Instant reviewStartedAt() {
        return reviewStartedAt;
    }

    public boolean conflictOfInterest() {
        return conflictOfInterest;
    }

    public @Nullable String conflictNote() {
        return conflictNote;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable String decisionReason() {
        return decisionReason;
    }

    public @Nullable Instant withdrawnAt() {
        return withdrawnAt;
    }

    public boolean sampleData() {
        return sampleData;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The reviewer notes, oldest first. */
    public List<ReviewerNote> notes() {
        return notes.stream()
                .sorted(Comparator.comparing(ReviewerNote::writtenAt))
                .toList();
    }
}
