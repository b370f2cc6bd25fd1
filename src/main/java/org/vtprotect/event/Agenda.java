package org.vtprotect.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.People;
import org.vtprotect.event.internal.AgendaSession;
import org.vtprotect.event.internal.AgendaSessionRepository;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;

/** An event's agenda: whoever may see the event reads it; its organisers add, change and remove sessions. */
@Service
public class Agenda {

    static final int TITLE_MAX = 300;

    private final Events events;
    private final AgendaSessionRepository sessions;
    private final People people;

    Agenda(Events events, AgendaSessionRepository sessions, People people) {
        this.events = events;
        this.sessions = sessions;
        this.people = people;
    }

    /** The sessions by day and time. */
    @Transactional(readOnly = true)
    public List<SessionView> of(long eventId) {
        events.visible(eventId);
        return sessions.findByEventIdOrderByDayAscStartsAtAscIdAsc(eventId).stream()
                .map(SessionView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public SessionView find(long eventId, long sessionId) {
        events.managed(eventId, Viewer.current());
        return SessionView.of(sessions.findByIdAndEventId(sessionId, eventId).orElseThrow(ProblemException::notFound));
    }

    @Transactional
    public SessionView add(long eventId, SessionRequest request) {
        Event event = events.managed(eventId, Viewer.current());
        AgendaSession session = new AgendaSession(eventId);
        describe(session, event, request);
        return SessionView.of(sessions.saveAndFlush(session));
    }

    @Transactional
    public SessionView change(long eventId, long sessionId, SessionRequest request) {
        Event event = events.managed(eventId, Viewer.current());
        AgendaSession session = sessions.findByIdAndEventId(sessionId, eventId).orElseThrow(ProblemException::notFound);
        describe(session, event, request);
        return SessionView.of(sessions.saveAndFlush(session));
    }

    @Transactional
    public void remove(long eventId, long sessionId) {
        events.managed(eventId, Viewer.current());
        sessions.delete(sessions.findByIdAndEventId(sessionId, eventId).orElseThrow(ProblemException::notFound));
    }

    private void describe(AgendaSession session, Event event, SessionRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = null;
        try {
            day = r.day() == null || r.day().isBlank()
                    ? null
                    : LocalDate.parse(r.day().strip());
            if (day == null) {
                problems.add(new FieldProblem("day", "event.session.day.required"));
            } else if (!event.includes(day)) {
                problems.add(new FieldProblem("day", "event.attendance.outside"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("day", "event.date.invalid"));
        }
        LocalTime starts = time(r.startsAt(), "startsAt", problems);
        LocalTime ends = time(r.endsAt(), "endsAt", problems);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add(new FieldProblem("endsAt", "event.session.endsAt.beforeStart"));
        }
        String title = r.title() == null ? "" : r.title().strip();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "event.title.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new FieldProblem("title", "event.title.tooLong"));
        }
        Set<Long> speakers = new LinkedHashSet<>(r.speakerIds() == null ? List.of() : r.speakerIds());
        speakers.remove(null);
        if (speakers.stream().anyMatch(id -> people.find(id).isEmpty())) {
            problems.add(new FieldProblem("speakerIds", "event.session.person.unknown"));
        }
        if (r.moderatorId() != null && people.find(r.moderatorId()).isEmpty()) {
            problems.add(new FieldProblem("moderatorId", "event.session.person.unknown"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        session.describe(day, starts, ends, title, speakers, r.moderatorId());
    }

    private static @Nullable LocalTime time(@Nullable String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "event.session.time.required"));
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "event.session.time.invalid"));
            return null;
        }
    }
}
