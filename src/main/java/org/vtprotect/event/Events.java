package org.vtprotect.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.EventCheck;
import org.vtprotect.event.internal.EventDescription;
import org.vtprotect.event.internal.EventRepository;
import org.vtprotect.event.internal.Participation;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * Events as the signed-in (or anonymous) viewer may see and change them: public events for
 * everyone; drafts and invitation-only events for programme staff and the partners organising them.
 * An event nobody may see answers 404, so its existence is not revealed.
 */
@Service
public class Events {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Sort BY_START = Sort.by("startDate", "id");
    private static final Sort LATEST_FIRST = Sort.by(Sort.Direction.DESC, "startDate", "id");

    private final EventRepository events;
    private final EventCheck check;
    private final Taxonomy taxonomy;
    private final Participation participation;

    Events(EventRepository events, EventCheck check, Taxonomy taxonomy, Participation participation) {
        this.events = events;
        this.check = check;
        this.taxonomy = taxonomy;
        this.participation = participation;
    }

    /** Records a new event in draft; a partner's own organisation becomes one of its organisers. */
    @Transactional
    public EventView create(EventRequest request) {
        Viewer viewer = Viewer.current();
        if (!viewer.staff() && !viewer.partner()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "problem.403.detail");
        }
        Event event = new Event(check.check(request, viewer.staff() ? null : viewer.organisationId()));
        return EventView.of(events.saveAndFlush(event));
    }

    @Transactional
    public EventView change(long id, EventRequest request) {
        Viewer viewer = Viewer.current();
        Event event = managed(id, viewer);
        EventDescription description = check.check(request, viewer.staff() ? null : viewer.organisationId());
        boolean moved = !description.startDate().equals(event.startDate());
        if (moved) {
            participation.lock();
        }
        event.describe(description);
        EventView changed = EventView.of(events.saveAndFlush(event));
        if (moved) {
            participation.eventChanged(id);
        }
        return changed;
    }

    /** Publishes, closes registration, marks as held or cancels; a move the state does not allow is a 409. */
    @Transactional
    public EventView moveTo(long id, @Nullable String state) {
        Event event = managed(id, Viewer.current());
        EventState target;
        try {
            target = EventState.valueOf(state == null ? "" : state.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("state", "event.state.unknown");
        }
        if (!event.state().mayMoveTo(target)) {
            throw ProblemException.conflict("event.state.notAllowed");
        }
        participation.lock();
        event.moveTo(target);
        EventView moved = EventView.of(events.saveAndFlush(event));
        participation.eventChanged(id);
        return moved;
    }

    @Transactional(readOnly = true)
    public EventView find(long id) {
        return EventView.of(visible(id));
    }

    /** Events starting from {@code from} to {@code to} (ISO dates, both optional), of a type, by start date. */
    @Transactional(readOnly = true)
    public Page<EventView> list(@Nullable String from, @Nullable String to, @Nullable String type, int page, int size) {
        return list(from, to, type, page, size, false);
    }

    /** As {@link #list(String, String, String, int, int)}, the latest first when asked (past events). */
    @Transactional(readOnly = true)
    public Page<EventView> list(
            @Nullable String from,
            @Nullable String to,
            @Nullable String type,
            int page,
            int size,
            boolean latestFirst) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = date(from, "from", problems);
        LocalDate end = date(to, "to", problems);
        if (type != null && !taxonomy.contains(Vocabulary.EVENT_TYPES, type)) {
            problems.add(new FieldProblem("type", "event.type.unknown"));
        }
        if (page < 0) {
            problems.add(new FieldProblem("page", "event.paging.page.invalid"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "event.paging.size.invalid"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Viewer viewer = Viewer.current();
        return events.findAll(
                        EventRepository.visible(start, end, type, viewer.staff(), viewer.partnerOrganisation()),
                        PageRequest.of(page, size, latestFirst ? LATEST_FIRST : BY_START))
                .map(EventView::of);
    }

    /**
     * The events this viewer manages, latest first: every event for programme staff, those their
     * organisation organises for a partner, none for anyone else.
     */
    @Transactional(readOnly = true)
    public Page<EventView> managed(EventFilter filter, int page, int size) {
        Viewer viewer = Viewer.current();
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("page", "event.paging.page.invalid");
        }
        if (!viewer.staff() && !viewer.partner()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "problem.403.detail");
        }
        return events.findAll(
                        EventRepository.managed(
                                filter.text(),
                                filter.type(),
                                filter.state(),
                                filter.year(),
                                viewer.staff(),
                                viewer.organisationId()),
                        PageRequest.of(page, size, LATEST_FIRST))
                .map(EventView::of);
    }

    /** The event for its organisers' pages: 404 when this viewer may not see it, 403 when they only see it. */
    @Transactional(readOnly = true)
    public EventView forOrganisers(long id) {
        return EventView.of(managed(id, Viewer.current()));
    }

    /** The event if this viewer may see it, else 404. */
    Event visible(long id) {
        Viewer viewer = Viewer.current();
        Event event = events.findById(id).orElseThrow(ProblemException::notFound);
        if (!viewer.maySee(event)) {
            throw ProblemException.notFound();
        }
        return event;
    }

    /** The event if this viewer manages it: 404 when they may not even see it, 403 when they only see it. */
    Event managed(long id, Viewer viewer) {
        Event event = events.findById(id).orElseThrow(ProblemException::notFound);
        if (!viewer.maySee(event)) {
            throw ProblemException.notFound();
        }
        if (!viewer.manages(event)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "problem.403.detail");
        }
        return event;
    }

    static @Nullable LocalDate date(@Nullable String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "event.date.invalid"));
            return null;
        }
    }
}
