package org.vtprotect.event;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.EventRepository;
import org.vtprotect.event.internal.Participation;
import org.vtprotect.event.internal.Registration;
import org.vtprotect.event.internal.RegistrationRepository;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.ProblemException;

/**
 * What the organisers of an event decide about one registration: approve a pending one (it takes
 * a seat, or waits for one when the event is full), decline one (its seat is freed), give a
 * waiting registration a seat that has become free, and check a person in or out for a day.
 */
@Service
public class RegistrationDecisions {

    private final Events events;
    private final EventRepository eventRows;
    private final RegistrationRepository registrations;
    private final Participation participation;

    RegistrationDecisions(
            Events events,
            EventRepository eventRows,
            RegistrationRepository registrations,
            Participation participation) {
        this.events = events;
        this.eventRows = eventRows;
        this.registrations = registrations;
        this.participation = participation;
    }

    @Transactional
    public RegistrationView approve(long eventId, long registrationId) {
        Registration registration = managed(eventId, registrationId);
        if (registration.status() != RegistrationStatus.PENDING) {
            throw ProblemException.conflict("event.registration.notPending");
        }
        registration.moveTo(
                eventRows.takeSeat(eventId) == 1 ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED);
        return RegistrationView.of(registrations.saveAndFlush(registration));
    }

    @Transactional
    public RegistrationView decline(long eventId, long registrationId) {
        participation.lock();
        Registration registration = managed(eventId, registrationId);
        if (!RegistrationStatus.declinable().contains(registration.status())) {
            throw ProblemException.conflict("event.registration.alreadyDeclined");
        }
        if (registration.status().holdsSeat()) {
            eventRows.releaseSeat(eventId);
        }
        registration.moveTo(RegistrationStatus.DECLINED);
        return keep(registrations.saveAndFlush(registration));
    }

    /** A waiting registration takes a free seat; none free is a 409. */
    @Transactional
    public RegistrationView promote(long eventId, long registrationId) {
        Registration registration = managed(eventId, registrationId);
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            throw ProblemException.conflict("event.registration.notWaitlisted");
        }
        if (eventRows.takeSeat(eventId) != 1) {
            throw ProblemException.conflict("event.registration.full");
        }
        registration.moveTo(RegistrationStatus.CONFIRMED);
        return RegistrationView.of(registrations.saveAndFlush(registration));
    }

    /** Records that the person attended (or not) on one day of the event; a day outside it is a 400. */
    @Transactional
    public RegistrationView attended(long eventId, long registrationId, LocalDate day, boolean attended) {
        participation.lock();
        Event event = events.managed(eventId, Viewer.current());
        if (!event.includes(day)) {
            throw ProblemException.invalid("day", "event.attendance.outside");
        }
        Registration registration =
                registrations.findByIdAndEventId(registrationId, eventId).orElseThrow(ProblemException::notFound);
        if (registration.status() == RegistrationStatus.DECLINED) {
            throw ProblemException.conflict("event.registration.declined");
        }
        registration.attendedOn(day, attended);
        return keep(registrations.saveAndFlush(registration));
    }

    /** The statistics keys of a registration whose status or attendance changed, kept in the same transaction. */
    private RegistrationView keep(Registration changed) {
        participation.changed(List.of(changed.id()));
        return RegistrationView.of(changed);
    }

    private Registration managed(long eventId, long registrationId) {
        events.managed(eventId, Viewer.current());
        return registrations.findByIdAndEventId(registrationId, eventId).orElseThrow(ProblemException::notFound);
    }
}
