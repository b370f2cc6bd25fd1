package org.vtprotect.event.internal;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.InvitationState;

/**
 * An invitation of one address to one event, with the hashes of the personal links sent to it (a
 * reminder sends a fresh link; the earlier ones keep working). Answered by registering or declining.
 */
@Entity
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long eventId;
    private String email;
    private @Nullable String givenName;
    private @Nullable String familyName;

    @Column(name = "organisation_name")
    private @Nullable String organisation;

    private @Nullable String countryIso3;
    private String language;

    @Enumerated(EnumType.STRING)
    private InvitationState state;

    private @Nullable Long registrationId;
    private int reminders;
    private Instant sentAt;
    private @Nullable Instant remindedAt;
    private @Nullable Instant answeredAt;

    @ElementCollection
    @CollectionTable(name = "invitation_token", joinColumns = @JoinColumn(name = "invitation_id"))
    @Column(name = "token_hash")
    private Set<String> tokenHashes = new HashSet<>();

    @Version
    private long version;

    protected Invitation() {
        this.email = "";
        this.language = "en";
        this.state = InvitationState.SENT;
        this.sentAt = Instant.EPOCH;
    }

    /** A new invitation, sent now with the link of this token. */
    public Invitation(
            long eventId,
            String email,
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String organisation,
            @Nullable String countryIso3,
            String language,
            String token) {
        this();
        this.eventId = eventId;
        this.email = email;
        this.givenName = givenName;
        this.familyName = familyName;
        this.organisation = organisation;
        this.countryIso3 = countryIso3;
        this.language = language;
        this.sentAt = Instant.now();
        this.tokenHashes.add(PersonalLink.hash(token));
    }

    /** A reminder with a fresh link; only for an invitation nobody has answered. */
    public void remind(String token) {
        if (state != InvitationState.SENT) {
            throw new IllegalStateException("an answered invitation needs no reminder");
        }
        tokenHashes.add(PersonalLink.hash(token));
        reminders++;
        remindedAt = Instant.now();
    }

    public void registered(long registration) {
        this.state = InvitationState.REGISTERED;
        this.registrationId = registration;
        this.answeredAt = Instant.now();
    }

    /** Declined; registering later through the link still counts. */
    public void decline() {
        if (state == InvitationState.REGISTERED) {
            throw new IllegalStateException("a registered invitee cancels their registration instead");
        }
        this.state = InvitationState.DECLINED;
        this.answeredAt = Instant.now();
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("invitation not saved yet");
        }
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public String email() {
        return email;
    }

    public @Nullable String givenName() {
        return givenName;
    }

    public @Nullable String familyName() {
        return familyName;
    }

    public @Nullable String organisation() {
        return organisation;
    }

    public @Nullable String countryIso3() {
        return countryIso3;
    }

    public String language() {
        return language;
    }

    public InvitationState state() {
        return state;
    }

    public @Nullable Long registrationId() {
        return registrationId;
    }

    public int reminders() {
        return reminders;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public @Nullable Instant remindedAt() {
        return remindedAt;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }
}
