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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;
import org.vtprotect.event.ParticipantRole;
import org.vtprotect.event.RegistrationStatus;

/**
 * One person's registration at one event, as they stated it then (organisation, represented
 * country, gender, role), and the days they attended. The days are what the statistics count.
 */
@Entity
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long eventId;
    private long personId;
    private @Nullable Long organisationId;
    private @Nullable String representedCountryIso3;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private @Nullable String needs;
    private String language;
    private @Nullable String consentText;
    private @Nullable Instant consentedAt;
    private boolean sampleData;
    private boolean listed;
    private @Nullable String privacyVersion;

    @ElementCollection
    @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "attended_on")
    private Set<LocalDate> days = new TreeSet<>();

    /** Whether {@link #days} has any day: kept with it, read by the statistics. */
    private boolean attended;

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Registration() {
        this.gender = Gender.UNDISCLOSED;
        this.role = ParticipantRole.PARTICIPANT;
        this.status = RegistrationStatus.WAITLISTED;
        this.language = "en";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Registration(
            long eventId,
            long personId,
            @Nullable Long organisationId,
            @Nullable String representedCountryIso3,
            Gender gender,
            ParticipantRole role,
            RegistrationStatus status,
            @Nullable String needs,
            String language) {
        this();
        this.eventId = eventId;
        this.personId = personId;
        this.organisationId = organisationId;
        this.representedCountryIso3 = representedCountryIso3;
        this.gender = gender;
        this.role = role;
        this.status = status;
        this.needs = needs;
        this.language = language;
        this.createdAt = Instant.now();
        this.updatedAt = this.createdAt;
    }

    /** Records that the person agreed to the privacy notice, with the very text they were shown. */
    public void consent(String text, Instant at) {
        this.consentText = text;
        this.consentedAt = at;
    }

    /**
     * Records whether the person agreed to appear in the participants list, and the version of the
     * privacy notice they were shown when they answered.
     */
    public void consentToListing(boolean agreed, String noticeVersion) {
        this.listed = agreed;
        this.privacyVersion = noticeVersion;
        this.updatedAt = Instant.now();
    }

    /** Sets the days attended; each must be a day of the event (checked by the caller, who knows it). */
    public void attended(Collection<LocalDate> attendedDays) {
        this.days = new TreeSet<>(attendedDays);
        this.attended = !days.isEmpty();
        this.updatedAt = Instant.now();
    }

    /**
     * Moves to another status, as an organiser decides it (approve, decline, promote from the
     * waiting list); the caller takes or releases the seat, which the event counts.
     */
    public void moveTo(RegistrationStatus target) {
        this.status = target;
        this.updatedAt = Instant.now();
    }

    /** Adds or removes one day of attendance; the day must be one of the event's (checked by the caller). */
    public void attendedOn(LocalDate day, boolean attended) {
        if (attended) {
            days.add(day);
        } else {
            days.remove(day);
        }
        this.attended = !days.isEmpty();
        this.updatedAt = Instant.now();
    }

    public void markSample() {
        this.sampleData = true;
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("registration not saved yet");
        }
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public long personId() {
        return personId;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public @Nullable String representedCountryIso3() {
        return representedCountryIso3;
    }

    public Gender gender() {
        return gender;
    }

    public ParticipantRole role() {
        return role;
    }

    public RegistrationStatus status() {
        return status;
    }

    public @Nullable String needs() {
        return needs;
    }

    public String language() {
        return language;
    }

    public @Nullable String consentText() {
        return consentText;
    }

    public @Nullable Instant consentedAt() {
        return consentedAt;
    }

    /** Whether the person agreed to appear in the participants list. */
    public boolean listed() {
        return listed;
    }

    public @Nullable String privacyVersion() {
        return privacyVersion;
    }

    public boolean sampleData() {
        return sampleData;
    }

    public Set<LocalDate> days() {
        return Set.copyOf(days);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
