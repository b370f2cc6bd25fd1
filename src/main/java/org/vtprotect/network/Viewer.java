package org.vtprotect.network;

import org.jspecify.annotations.Nullable;

/**
 * Who is looking at the network's experts: staff (administrators, programme officers) see every
 * field; an active member sees what other members share with the network, and all of their own.
 */
public record Viewer(boolean staff, @Nullable Long memberId) {

    /** Whether this viewer sees a field the member shared only with the programme. */
    public boolean seesAll(long ownerId) {
        return staff || (memberId != null && memberId == ownerId);
    }
}
