package org.vtprotect.library;

/** Who may read a document: everyone, anyone signed in, or programme staff and those it is shared with. */
public enum AccessLevel {
    PUBLIC,
    NETWORK,
    RESTRICTED
}
