package org.vtprotect.event;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.event.internal.Viewer;

/** An event as its organisers' tools show it: 404 for those who may not see it, 403 for those who only see it. */
@Service
public class OrganisedEvents {

    private final Events events;

    OrganisedEvents(Events events) {
        this.events = events;
    }

    @Transactional(readOnly = true)
    public EventView find(long id) {
        return EventView.of(events.managed(id, Viewer.current()));
    }
}
