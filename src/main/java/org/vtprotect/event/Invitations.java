package org.vtprotect.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.EventRepository;
import org.vtprotect.event.internal.Invitation;
import org.vtprotect.event.internal.InvitationMail;
import org.vtprotect.event.internal.InvitationRepository;
import org.vtprotect.event.internal.PersonalLink;
import org.vtprotect.event.internal.RegistrationCheck;
import org.vtprotect.event.internal.RegistrationRepository;
import org.vtprotect.event.internal.Spreadsheet;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.ProblemException;

/**
 * Invitations to an event: each invitee gets a mail in their language with a personal link that
 * opens the registration form prefilled (invitation-only events too); reminders go to those who
 * have not answered. Organisers (staff, partners of the organising organisation) invite; only
 * programme staff pick invitees from the directory, which is personal data.
 */
@Service
public class Invitations {

    /** At most this many invitations in one request or file. */
    public static final int MAX_AT_ONCE = 5_000;

    /** What an invitation round did: how many were sent, which addresses had been invited already. */
    public record Outcome(int invited, List<String> alreadyInvited) {}

    /** An opened personal link: the invitation and the event it is for. */
    public record Opened(InvitationView invitation, EventView event) {}

    private final Events events;
    private final EventRepository eventRows;
    private final InvitationRepository invitations;
    private final InvitationMail mail;
    private final InvitationCheck check;
    private final RegistrationCheck registrationCheck;
    private final Registrations registrations;
    private final RegistrationRepository registrationRows;
    private final People people;
    private final Organisations organisations;

    Invitations(
            Events events,
            EventRepository eventRows,
            InvitationRepository invitations,
            InvitationMail mail,
            InvitationCheck check,
            RegistrationCheck registrationCheck,
            Registrations registrations,
            RegistrationRepository registrationRows,
            People people,
            Organisations organisations) {
        this.events = events;
        this.eventRows = eventRows;
        this.invitations = invitations;
        this.mail = mail;
        this.check = check;
        this.registrationCheck = registrationCheck;
        this.registrations = registrations;
        this.registrationRows = registrationRows;
        this.people = people;
        this.organisations = organisations;
    }

    /** Invites the people listed; fields at fault are named {@code invitations[i].field}. */
    @Transactional
    public Outcome invite(long eventId, List<InvitationRequest> requests, Locale organiserLocale) {
        Event event = invitable(eventId);
        return send(event, check.checked(requests, "invitations[%d].", 0, organiserLocale));
    }

    /** Invites the people of a CSV or XLSX file (email, givenName, familyName, organisation, country, language). */
    @Transactional
    public Outcome inviteFromFile(long eventId, @Nullable String fileName, byte[] content, Locale organiserLocale) {
        Event event = invitable(eventId);
        List<InvitationRequest> requests = new ArrayList<>();
        List<Spreadsheet.Line> lines = Spreadsheet.read(fileName, content);
        for (Spreadsheet.Line line : lines) {
            requests.add(new InvitationRequest(
                    line.get("email"),
                    line.get("givenname"),
                    line.get("familyname"),
                    line.get("organisation"),
                    line.get("country"),
                    line.get("language")));
        }
        if (requests.isEmpty()) {
            throw ProblemException.invalid("file", "event.file.empty");
        }
        return send(event, check.checked(requests, "rows[%d].", 2, organiserLocale));
    }

    /** Invites people of the directory (programme staff only), in the language chosen for them. */
    @Transactional
    public Outcome inviteFromDirectory(long eventId, List<Long> personIds, @Nullable String language, Locale locale) {
        Event event = invitable(eventId);
        if (!Viewer.current().staff()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "problem.403.detail");
        }
        if (personIds.isEmpty()) {
            throw ProblemException.invalid("personIds", "event.invitation.nobody");
        }
        List<InvitationRequest> requests = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(personIds)) {
            People.View person = people.find(id)
                    .orElseThrow(() -> ProblemException.invalid("personIds", "event.invitation.personUnknown"));
            String organisation = person.organisationId() == null
                    ? null
                    : organisations
                            .find(person.organisationId())
                            .map(Organisations.View::name)
                            .orElse(null);
            requests.add(new InvitationRequest(
                    person.email(),
                    person.givenName(),
                    person.familyName(),
                    organisation,
                    person.countryIso3(),
                    language));
        }
        return send(event, check.checked(requests, "people[%d].", 0, locale));
    }

    private Outcome send(Event event, List<InvitationRequest> checked) {
        if (checked.size() > MAX_AT_ONCE) {
            throw ProblemException.invalid("invitations", "event.invitation.tooMany");
        }
        int invited = 0;
        List<String> already = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (InvitationRequest r : checked) {
            String email = r.email();
            if (!seen.add(email)) {
                continue;
            }
            if (invitations.existsByEventIdAndEmail(event.id(), email)) {
                already.add(email);
                continue;
            }
            String token = PersonalLink.newToken();
            Invitation invitation = invitations.save(new Invitation(
                    event.id(),
                    email,
                    r.givenName(),
                    r.familyName(),
                    r.organisation(),
                    r.countryIso3(),
                    r.language(),
                    token));
            mailed(invitation, event, token, false);
            invited++;
        }
        invitations.flush();
        return new Outcome(invited, already);
    }

    /** Sends a fresh link to everyone who has not answered; those registered meanwhile are marked so. */
    @Transactional
    public int remind(long eventId) {
        Event event = invitable(eventId);
        int reminded = 0;
        for (Invitation invitation : invitations.findByEventIdAndStateOrderByIdAsc(eventId, InvitationState.SENT)) {
            var registered = people.findByEmail(invitation.email())
                    .flatMap(p -> registrationRows.findByEventIdAndPersonId(eventId, p.id()));
            if (registered.isPresent()) {
                invitation.registered(registered.get().id());
                continue;
            }
            String token = PersonalLink.newToken();
            invitation.remind(token);
            mailed(invitation, event, token, true);
            reminded++;
        }
        return reminded;
    }

    @Transactional(readOnly = true)
    public Page<InvitationView> list(long eventId, @Nullable InvitationState state, int page, int size) {
        events.managed(eventId, Viewer.current());
        if (page < 0) {
            throw ProblemException.invalid("page", "event.paging.page.invalid");
        }
        if (size < 1 || size > Events.MAX_PAGE_SIZE) {
            throw ProblemException.invalid("size", "event.paging.size.invalid");
        }
        PageRequest request = PageRequest.of(page, size, Sort.by("email", "id"));
        return (state == null
                        ? invitations.findByEventId(eventId, request)
                        : invitations.findByEventIdAndState(eventId, state, request))
                .map(InvitationView::of);
    }

    /** How many invitations stand in each state. */
    @Transactional(readOnly = true)
    public Map<InvitationState, Long> counts(long eventId) {
        events.managed(eventId, Viewer.current());
        Map<InvitationState, Long> counts = new EnumMap<>(InvitationState.class);
        for (InvitationState state : InvitationState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row : invitations.countByState(eventId)) {
            counts.put((InvitationState) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The invitation a personal link opens; an unknown or mistyped link is a 404. */
    @Transactional(readOnly = true)
    public Opened open(long eventId, String token) {
        Invitation invitation = byToken(eventId, token);
        Event event = eventRows.findById(eventId).orElseThrow(ProblemException::notFound);
        return new Opened(InvitationView.of(invitation), EventView.of(event));
    }

    @Transactional
    public InvitationView decline(long eventId, String token) {
        Invitation invitation = byToken(eventId, token);
        if (invitation.state() == InvitationState.REGISTERED) {
            throw ProblemException.conflict("event.invitation.alreadyRegistered");
        }
        invitation.decline();
        return InvitationView.of(invitation);
    }

    /** Registers the invitee through their link, under the invited address, even for an invitation-only event. */
    @Transactional
    public RegistrationView accept(long eventId, String token, RegistrationRequest request, Locale locale) {
        Invitation invitation = byToken(eventId, token);
        if (invitation.state() == InvitationState.REGISTERED) {
            throw ProblemException.conflict("event.invitation.alreadyRegistered");
        }
        Event event = eventRows.findById(eventId).orElseThrow(ProblemException::notFound);
        if (!acceptsInvitees(event)) {
            throw ProblemException.conflict("event.registration.closed");
        }
        RegistrationRequest asInvited = new RegistrationRequest(
                request.givenName(),
                request.familyName(),
                invitation.email(),
                request.gender(),
                request.organisation(),
                request.representedCountryIso3(),
                request.role(),
                request.needs(),
                request.language() == null ? invitation.language() : request.language(),
                request.consent(),
                request.listed());
        RegistrationView registered =
                registrations.enrol(event, registrationCheck.check(asInvited, true, locale), true, true);
        invitation.registered(registered.id());
        return registered;
    }

    /** Whether the invitees of this event may still register through their links. */
    @Transactional(readOnly = true)
    public boolean accepting(long eventId) {
        return eventRows.findById(eventId).map(Invitations::acceptsInvitees).orElse(false);
    }

    /** Whether an invitee may still register: the event is published or only closed to the public, and not over. */
    static boolean acceptsInvitees(Event event) {
        return (event.state() == EventState.PUBLISHED || event.state() == EventState.REGISTRATION_CLOSED)
                && !java.time.LocalDate.now(event.zone()).isAfter(event.endDate());
    }

    private Invitation byToken(long eventId, String token) {
        if (!PersonalLink.wellFormed(token)) {
            throw ProblemException.notFound();
        }
        return invitations.findByToken(eventId, PersonalLink.hash(token)).orElseThrow(ProblemException::notFound);
    }

    private Event invitable(long eventId) {
        Event event = events.managed(eventId, Viewer.current());
        if (!acceptsInvitees(event)) {
            throw ProblemException.conflict("event.invitation.notOpen");
        }
        return event;
    }

    private void mailed(Invitation invitation, Event event, String token, boolean reminder) {
        try {
            mail.send(invitation, event, token, reminder);
        } catch (IllegalStateException notSent) {
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "event.invitation.mailFailed");
        }
    }
}
