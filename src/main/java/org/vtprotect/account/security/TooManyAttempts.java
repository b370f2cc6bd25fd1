package org.vtprotect.account.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of the lockout or the rate limit, whatever the password. */
public class TooManyAttempts extends AuthenticationException {

    private final Duration retryAfter;

    public TooManyAttempts(Duration retryAfter) {
        super("too many attempts");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
