package org.vtprotect.event.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** One session of an event's agenda: a day, a time of the event's time zone, a title, speakers, a moderator. */
@Entity
@Table(name = "agenda_session")
public class AgendaSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long eventId;

    @Column(name = "session_day")
    private LocalDate day;

    private LocalTime startsAt;
    private LocalTime endsAt;
    private String title;
    private @Nullable Long moderatorPersonId;

    @ElementCollection
    @CollectionTable(name = "agenda_session_speaker", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    private Set<Long> speakerIds = new TreeSet<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected AgendaSession() {
        this.day = LocalDate.EPOCH;
        this.startsAt = LocalTime.MIDNIGHT;
        this.endsAt = LocalTime.MIDNIGHT;
        this.title = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public AgendaSession(long eventId) {
        this();
        this.eventId = eventId;
        this.createdAt = Instant.now();
    }

    /** Says what the session is; the caller has checked the day lies in the event and the times are in order. */
    public void describe(
            LocalDate onDay,
            LocalTime starts,
            LocalTime ends,
            String sessionTitle,
            Collection<Long> speakers,
            @Nullable Long moderator) {
        if (ends.isBefore(starts)) {
            throw new IllegalArgumentException("a session ends after it starts");
        }
        this.day = onDay;
        this.startsAt = starts;
        this.endsAt = ends;
        this.title = sessionTitle;
        this.speakerIds = new TreeSet<>(speakers);
        this.moderatorPersonId = moderator;
        this.updatedAt = Instant.now();
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("session not saved yet");
        }
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public LocalDate day() {
        return day;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public String title() {
        return title;
    }

    public @Nullable Long moderatorPersonId() {
        return moderatorPersonId;
    }

    public Set<Long> speakerIds() {
        return Set.copyOf(speakerIds);
    }
}
