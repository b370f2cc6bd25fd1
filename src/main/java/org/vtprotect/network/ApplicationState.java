package org.vtprotect.network;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands: it counts only once its address is confirmed ({@link #SUBMITTED}),
 * then programme officers review and decide; the applicant may withdraw it while it is open.
 */
public enum ApplicationState {
    AWAITING_EMAIL_CONFIRMATION,
    SUBMITTED,
    UNDER_REVIEW,
    ADMITTED,
    DECLINED,
    WITHDRAWN;

    /** The states of an application still in progress: a new one from the same address merges into it. */
    public static final Set<ApplicationState> OPEN = EnumSet.of(AWAITING_EMAIL_CONFIRMATION, SUBMITTED, UNDER_REVIEW);

    /** The states waiting for programme officers. */
    public static final Set<ApplicationState> TO_REVIEW = EnumSet.of(SUBMITTED, UNDER_REVIEW);

    public boolean open() {
        return OPEN.contains(this);
    }

    public boolean decided() {
        return this == ADMITTED || this == DECLINED;
    }
}
