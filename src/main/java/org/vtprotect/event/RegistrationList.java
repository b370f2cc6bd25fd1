package org.vtprotect.event;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.event.internal.RegistrationRows;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.ProblemException;

/** The registrations of an event as its organisers list them: filtered, by family name, one page at a time. */
@Service
public class RegistrationList {

    private final Events events;
    private final RegistrationRows rows;

    RegistrationList(Events events, RegistrationRows rows) {
        this.events = events;
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public Page<RegistrationRow> of(long eventId, RegistrationFilter filter, int page, int size) {
        events.managed(eventId, Viewer.current());
        if (page < 0 || size < 1 || size > Events.MAX_PAGE_SIZE) {
            throw ProblemException.invalid("page", "event.paging.page.invalid");
        }
        return new PageImpl<>(
                rows.page(eventId, filter, page, size), PageRequest.of(page, size), rows.count(eventId, filter));
    }

    /** One registration of the event, as the lists show it. */
    @Transactional(readOnly = true)
    public RegistrationRow one(long eventId, long registrationId) {
        events.managed(eventId, Viewer.current());
        return rows.one(eventId, registrationId).orElseThrow(ProblemException::notFound);
    }
}
