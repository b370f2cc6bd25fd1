package org.vtprotect.account.web;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Views of personal API tokens for the tokens page; the token itself appears only in {@link Minted}. */
public final class TokenView {

    private TokenView() {}

    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    /** One line of the list: never the token, only its first characters. */
    public record Row(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant lastUsedAt,
            Status status) {}

    /** A token just created, carried to the next page once (flash attribute) and never again. */
    public record Minted(String name, String token, Instant expiresAt) implements Serializable {}
}
