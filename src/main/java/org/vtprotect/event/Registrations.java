package org.vtprotect.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.event.RegistrationRequest.OrganisationChoice;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.EventRepository;
import org.vtprotect.event.internal.Participation;
import org.vtprotect.event.internal.PrivacyNotice;
import org.vtprotect.event.internal.Registration;
import org.vtprotect.event.internal.RegistrationCheck;
import org.vtprotect.event.internal.RegistrationCheck.Checked;
import org.vtprotect.event.internal.RegistrationInserts;
import org.vtprotect.event.internal.RegistrationRepository;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.ProblemException;

/**
 * Registering people for events and recording their attendance. Anyone may register for a public
 * event while its registration is open; organisers register anyone at any time. When the event is
 * full, a registration waits ({@link RegistrationStatus#WAITLISTED}); when the event requires approval,
 * it waits for the organisers ({@link RegistrationStatus#PENDING}).
 */
@Service
public class Registrations {

    private final Events events;
    private final EventRepository eventRows;
    private final RegistrationRepository registrations;
    private final RegistrationCheck check;
    private final People people;
    private final Organisations organisations;
    private final MessageSource messages;
    private final ApplicationEventPublisher publisher;
    private final RegistrationInserts inserts;
    private final Participation participation;

    Registrations(
            Events events,
            EventRepository eventRows,
            RegistrationRepository registrations,
            RegistrationCheck check,
            People people,
            Organisations organisations,
            MessageSource messages,
            ApplicationEventPublisher publisher,
            RegistrationInserts inserts,
            Participation participation) {
        this.inserts = inserts;
        this.participation = participation;
        this.events = events;
        this.eventRows = eventRows;
        this.registrations = registrations;
        this.check = check;
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
        this.publisher = publisher;
    }

    /** Registers the person the request describes; the same person twice at one event is a 409. */
    @Transactional
    public RegistrationView register(long eventId, RegistrationRequest request, Locale locale) {
        Viewer viewer = Viewer.current();
        Event event = events.visible(eventId);
        boolean organiser = viewer.manages(event);
        if (!organiser && !(event.isPublic() && event.registrationOpenNow())) {
            throw ProblemException.conflict("event.registration.closed");
        }
        return enrol(event, check.check(request, !organiser, locale), true, organiser);
    }

    /**
     * Registers a checked person at the event, whatever its registration window (callers check who
     * may): finds or records the person and their organisation, takes a seat or waits, records the
     * consents; {@code confirm} sends the confirmation mail. {@code approved}: the organisers
     * themselves register the person (or invited them), so an event requiring approval gives a seat
     * straight away instead of a pending place.
     */
    RegistrationView enrol(Event event, Checked checked, boolean confirm, boolean approved) {
        long eventId = event.id();
        Long organisationId = checked.organisation() == null
                ? null
                : checked.organisation().id() != null
                        ? checked.organisation().id()
                        : organisations
                                .findOrCreate(
                                        checked.organisation().name(),
                                        null,
                                        checked.organisation().type(),
                                        checked.organisation().countryIso3())
                                .id();
        People.View person = people.findOrCreate(new People.Details(
                checked.email(),
                checked.givenName(),
                checked.familyName(),
                checked.gender(),
                organisationId,
                checked.representedCountryIso3()));
        if (registrations.existsByEventIdAndPersonId(eventId, person.id())) {
            throw ProblemException.conflict("event.registration.duplicate");
        }
        // an event requiring approval: the registrant waits for the organisers, without a seat
        RegistrationStatus status = event.approvalRequired() && !approved
                ? RegistrationStatus.PENDING
                : eventRows.takeSeat(eventId) == 1 ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        Registration registration = newRegistration(eventId, person.id(), organisationId, checked, status);
        try {
            registration = registrations.saveAndFlush(registration);
            participation.registered(eventId);
        } catch (DataIntegrityViolationException registeredMeanwhile) {
            throw ProblemException.conflict("event.registration.duplicate");
        }
        if (confirm) {
            publisher.publishEvent(new ParticipantRegistered(eventId, registration.id()));
        }
        return RegistrationView.of(registration);
    }

    private Registration newRegistration(
            long eventId, long personId, @Nullable Long organisationId, Checked checked, RegistrationStatus status) {
        Registration registration = new Registration(
                eventId,
                personId,
                organisationId,
                checked.representedCountryIso3(),
                checked.gender(),
                checked.role(),
                status,
                checked.needs(),
                checked.language());
        if (checked.consent()) {
            registration.consent(
                    messages.getMessage("event.consent.text", null, Locale.forLanguageTag(checked.language())),
                    Instant.now());
        }
        registration.consentToListing(checked.listed(), PrivacyNotice.VERSION);
        return registration;
    }

    /**
     * Registers many checked people at once, as {@link #enrol} registers one with the organisers'
     * approval and no mail (an import): their organisations and people are looked up together and
     * the new ones recorded together, the free seats are taken in one locked step (the first rows
     * get them, the others wait), and the registrations are written in JDBC batches. Someone registered
     * meanwhile makes the whole import a 409: nothing is half-imported.
     */
    int enrolAll(Event event, List<Checked> rows) {
        Map<String, Organisations.View> organisationsByKey = organisations.findOrCreateAll(rows.stream()
                .map(Checked::organisation)
                .filter(o -> o != null && o.id() == null)
                .map(o -> new Organisations.Details(o.name(), null, o.type(), o.countryIso3()))
                .toList());
        List<@Nullable Long> organisationIds = new ArrayList<>();
        for (Checked checked : rows) {
            OrganisationChoice o = checked.organisation();
            organisationIds.add(
                    o == null
                            ? null
                            : o.id() != null
                                    ? o.id()
                                    : organisationsByKey
                                            .get(Organisations.matchKey(o.name(), o.countryIso3()))
                                            .id());
        }
        Map<String, People.View> persons =
                people.findByEmails(rows.stream().map(Checked::email).toList());
        List<People.Details> missing = new ArrayList<>();
        Set<String> added = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Checked c = rows.get(i);
            if (!persons.containsKey(c.email()) && added.add(c.email())) {
                missing.add(new People.Details(
                        c.email(),
                        c.givenName(),
                        c.familyName(),
                        c.gender(),
                        organisationIds.get(i),
                        c.representedCountryIso3()));
            }
        }
        people.createAll(missing).forEach(person -> persons.put(person.email(), person));
        int seats = takeSeats(event.id(), rows.size());
        List<Registration> written = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Checked c = rows.get(i);
            written.add(newRegistration(
                    event.id(),
                    persons.get(c.email()).id(),
                    organisationIds.get(i),
                    c,
                    i < seats ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED));
        }
        try {
            inserts.insertAll(written);
            participation.registered(event.id());
        } catch (DataIntegrityViolationException registeredMeanwhile) {
            throw ProblemException.conflict("event.registration.duplicate");
        }
        return rows.size();
    }

    /** Takes up to {@code wanted} free seats of the event at once, its row locked; answers how many. */
    private int takeSeats(long eventId, int wanted) {
        Object[] row = eventRows.seatsForUpdate(eventId).get(0);
        long taken = ((Number) row[1]).longValue();
        int granted =
                row[0] == null ? wanted : (int) Math.max(0, Math.min(wanted, ((Number) row[0]).longValue() - taken));
        if (granted > 0) {
            eventRows.takeSeats(eventId, granted);
        }
        return granted;
    }

    /** Sets the days a registered person attended; a day outside the event is a 400. */
    @Transactional
    public RegistrationView recordAttendance(long eventId, long registrationId, @Nullable List<String> days) {
        participation.lock();
        Event event = events.managed(eventId, Viewer.current());
        Registration registration =
                registrations.findByIdAndEventId(registrationId, eventId).orElseThrow(ProblemException::notFound);
        List<LocalDate> attended = new ArrayList<>();
        for (String day : days == null ? List.<String>of() : days) {
            try {
                LocalDate date = LocalDate.parse(day == null ? "" : day.strip());
                if (!event.includes(date)) {
                    throw ProblemException.invalid("days", "event.attendance.outside");
                }
                attended.add(date);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("days", "event.date.invalid");
            }
        }
        registration.attended(attended);
        registration = registrations.saveAndFlush(registration);
        participation.changed(List.of(registration.id()));
        return RegistrationView.of(registration);
    }

    @Transactional(readOnly = true)
    public List<RegistrationView> ofEvent(long eventId) {
        events.managed(eventId, Viewer.current());
        return registrations.findByEventIdOrderByIdAsc(eventId).stream()
                .map(RegistrationView::of)
                .toList();
    }
}
