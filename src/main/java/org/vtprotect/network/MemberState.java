package org.vtprotect.network;

/** Where a member of the network stands. */
public enum MemberState {
    /** Admitted and still a member. */
    ACTIVE,
    /** Left the network; the record is kept, the person no longer appears to other members. */
    LEFT,
    /** Left and asked for erasure: only what the figures need is kept, nothing that names them. */
    ERASED
}
