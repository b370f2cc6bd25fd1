package org.vtprotect.event;

/** The part a registered person plays at an event. */
public enum ParticipantRole {
    PARTICIPANT,
    SPEAKER,
    MODERATOR,
    ORGANISER,
    OBSERVER
}
