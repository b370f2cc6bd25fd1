package org.vtprotect.event;

/** Who sees an event once published: everyone, or only those invited (and its organisers). */
public enum Visibility {
    PUBLIC,
    INVITATION_ONLY
}
