package org.vtprotect.account.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A failed sign-in for an e-mail address, kept for the lockout window. */
@Entity
public class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;
    private Instant at;

    protected LoginFailure() {
        this.email = "";
        this.at = Instant.EPOCH;
    }

    public LoginFailure(String email, Instant at) {
        this.email = email;
        this.at = at;
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("failure not saved yet");
        }
        return id;
    }
}
