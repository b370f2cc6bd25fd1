package org.vtprotect.event;

/** What importing one row does: a new person registered, a person of the directory registered, or nothing. */
public enum ImportOutcome {
    CREATED,
    MATCHED,
    REJECTED
}
