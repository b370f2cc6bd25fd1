package org.vtprotect.event;

import java.util.Set;

/**
 * A registration holds a seat ({@code CONFIRMED}), waits for one ({@code WAITLISTED}), waits for
 * an organiser's approval ({@code PENDING}, no seat) or was declined ({@code DECLINED}, no seat,
 * not counted).
 */
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    PENDING,
    DECLINED;

    /** Whether the registration holds one of the event's seats. */
    public boolean holdsSeat() {
        return this == CONFIRMED;
    }

    /** The statuses an organiser may decline: any but a declined one. */
    public static Set<RegistrationStatus> declinable() {
        return Set.of(CONFIRMED, WAITLISTED, PENDING);
    }
}
