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
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventFormat;
import org.vtprotect.event.EventState;
import org.vtprotect.event.Visibility;

/**
 * A meeting, workshop, training or outreach event. It moves through its states only along {@link
 * EventState#next()}; its seats are taken by a guarded update in {@link EventRepository}, never here.
 */
@Entity
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String title;
    private String type;
    private LocalDate startDate;
    private LocalDate endDate;
    private String timeZone;

    @Enumerated(EnumType.STRING)
    private EventFormat format;

    private @Nullable String venueCity;
    private @Nullable String venueCountryIso3;
    private @Nullable String onlineLink;
    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private @Nullable LocalDate registrationOpens;
    private @Nullable LocalDate registrationCloses;
    private @Nullable Integer capacity;
    private boolean approvalRequired;

    @Column(insertable = false, updatable = false)
    private int seatsTaken;

    @Enumerated(EnumType.STRING)
    private EventState state;

    private boolean sampleData;

    @ElementCollection
    @CollectionTable(name = "event_theme", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "code")
    private Set<String> themes = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "event_target_type", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "code")
    private Set<String> targetTypes = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "event_language", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "code")
    private Set<String> languages = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "organisation_id")
    private Set<Long> organiserIds = new TreeSet<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Event() {
        this.title = "";
        this.type = "";
        this.startDate = LocalDate.EPOCH;
        this.endDate = LocalDate.EPOCH;
        this.timeZone = "UTC";
        this.format = EventFormat.IN_PERSON;
        this.visibility = Visibility.PUBLIC;
        this.state = EventState.DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** A new event, in draft until someone publishes it. */
    public Event(EventDescription description) {
        this();
        this.createdAt = Instant.now();
        describe(description);
    }

    /** Replaces what the event is; its state, seats and registrations stay. */
    public void describe(EventDescription d) {
        if (d.endDate().isBefore(d.startDate())) {
            throw new IllegalArgumentException("an event ends on or after the day it starts");
        }
        this.title = d.title();
        this.type = d.type();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.timeZone = d.timeZone().getId();
        this.format = d.format();
        this.venueCity = d.venueCity();
        this.venueCountryIso3 = d.venueCountryIso3();
        this.onlineLink = d.onlineLink();
        this.description = d.description();
        this.visibility = d.visibility();
        this.registrationOpens = d.registrationOpens();
        this.registrationCloses = d.registrationCloses();
        this.capacity = d.capacity();
        this.approvalRequired = d.approvalRequired();
        this.themes = new TreeSet<>(d.themes());
        this.targetTypes = new TreeSet<>(d.targetTypes());
        this.languages = new TreeSet<>(d.languages());
        this.organiserIds = new TreeSet<>(d.organiserIds());
        this.updatedAt = Instant.now();
    }

    /** Moves the event to another state, if its current state allows it. */
    public void moveTo(EventState target) {
        if (!state.mayMoveTo(target)) {
            throw new IllegalStateException("an event " + state + " cannot become " + target);
        }
        this.state = target;
        this.updatedAt = Instant.now();
    }

    /** Marks the event as generated sample data (demo only). */
    public void markSample() {
        this.sampleData = true;
    }

    /** Whether someone may register on the given day: published, inside the window, not over. */
    public boolean registrationOpenOn(LocalDate today) {
        return state == EventState.PUBLISHED
                && !today.isAfter(endDate)
                && (registrationOpens == null || !today.isBefore(registrationOpens))
                && (registrationCloses == null || !today.isAfter(registrationCloses));
    }

    public boolean registrationOpenNow() {
        return registrationOpenOn(LocalDate.now(zone()));
    }

    /** Whether the day lies between the first and last day of the event. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Seen by everyone: public and no longer a draft. */
    public boolean isPublic() {
        return visibility == Visibility.PUBLIC && state != EventState.DRAFT;
    }

    public boolean organisedBy(@Nullable Long organisationId) {
        return organisationId != null && organiserIds.contains(organisationId);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("event not saved yet");
        }
        return id;
    }

    public String title() {
        return title;
    }

    public String type() {
        return type;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String timeZone() {
        return timeZone;
    }

    public EventFormat format() {
        return format;
    }

    public @Nullable String venueCity() {
        return venueCity;
    }

    public @Nullable String venueCountryIso3() {
        return venueCountryIso3;
    }

    public @Nullable String onlineLink() {
        return onlineLink;
    }

    public @Nullable String description() {
        return description;
    }

    public Visibility visibility() {
        return visibility;
    }

    public @Nullable LocalDate registrationOpens() {
        return registrationOpens;
    }

    public @Nullable LocalDate registrationCloses() {
        return registrationCloses;
    }

    public @Nullable Integer capacity() {
        return capacity;
    }

    /** Whether each registration waits for an organiser's approval before it holds a seat. */
    public boolean approvalRequired() {
        return approvalRequired;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public EventState state() {
        return state;
    }

    public boolean sampleData() {
        return sampleData;
    }

    public Set<String> themes() {
        return Set.copyOf(themes);
    }

    public Set<String> targetTypes() {
        return Set.copyOf(targetTypes);
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public Set<Long> organiserIds() {
        return Set.copyOf(organiserIds);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
