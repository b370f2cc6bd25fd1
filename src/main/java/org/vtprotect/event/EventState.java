package org.vtprotect.event;

import java.util.Set;

/** Where an event stands; each state names the states it may move to. */
public enum EventState {
    DRAFT,
    PUBLISHED,
    REGISTRATION_CLOSED,
    HELD,
    CANCELLED;

    /** The states this one may move to: a held or cancelled event is final. */
    public Set<EventState> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> Set.of(REGISTRATION_CLOSED, HELD, CANCELLED);
            case REGISTRATION_CLOSED -> Set.of(PUBLISHED, HELD, CANCELLED);
            case HELD, CANCELLED -> Set.of();
        };
    }

    public boolean mayMoveTo(EventState target) {
        return next().contains(target);
    }
}
