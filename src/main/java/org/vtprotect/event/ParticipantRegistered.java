package org.vtprotect.event;

/** Someone registered for an event: the confirmation mail follows. */
public record ParticipantRegistered(long eventId, long registrationId) {}
