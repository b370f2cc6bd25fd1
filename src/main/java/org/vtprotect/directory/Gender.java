package org.vtprotect.directory;

/** A person's gender as they state it, for statistics broken down by gender. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
