package org.vtprotect.event;

/** A registration holds a seat ({@code CONFIRMED}) or waits for one ({@code WAITLISTED}). */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED
}
