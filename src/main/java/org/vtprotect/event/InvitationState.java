package org.vtprotect.event;

/** Where an invitation stands: sent and not answered yet, answered by registering, or declined. */
public enum InvitationState {
    SENT,
    REGISTERED,
    DECLINED
}
