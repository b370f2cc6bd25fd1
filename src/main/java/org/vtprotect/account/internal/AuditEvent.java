package org.vtprotect.account.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. Never holds a secret: no password, token or assessment answer. */
@Entity
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private Instant at;
    private String actor;
    private String action;
    private @Nullable String target;
    private @Nullable String ip;
    private @Nullable String detail;

    protected AuditEvent() {
        this.at = Instant.EPOCH;
        this.actor = "";
        this.action = "";
    }

    public AuditEvent(
            String actor, String action, @Nullable String target, @Nullable String ip, @Nullable String detail) {
        this.at = Instant.now();
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.ip = ip;
        this.detail = detail;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public @Nullable String target() {
        return target;
    }

    public @Nullable String ip() {
        return ip;
    }

    public @Nullable String detail() {
        return detail;
    }
}
