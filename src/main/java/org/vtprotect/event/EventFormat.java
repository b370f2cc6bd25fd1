package org.vtprotect.event;

/** Where people meet: in a room, online, or both. */
public enum EventFormat {
    IN_PERSON,
    VIRTUAL,
    HYBRID;

    /** Whether the event takes place somewhere, so needs a venue. */
    public boolean hasVenue() {
        return this != VIRTUAL;
    }
}
