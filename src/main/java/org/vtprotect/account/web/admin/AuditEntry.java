package org.vtprotect.account.web.admin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.vtprotect.account.internal.AuditEvent;

/** One line of the audit trail as the API and the page show it. */
public record AuditEntry(
        Instant at,
        String actor,
        String action,
        @Nullable String target,
        @Nullable String ip,
        @Nullable String detail) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.at(), event.actor(), event.action(), event.target(), event.ip(), event.detail());
    }
}
