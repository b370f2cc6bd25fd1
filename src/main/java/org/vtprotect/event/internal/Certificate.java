package org.vtprotect.event.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.security.SecureRandom;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The certificate of attendance of one registration: its verification code (printed on it, so
 * that anyone shown the certificate can ask the programme), and the hash of the personal link
 * last mailed to the participant.
 */
@Entity
public class Certificate {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private long registrationId;

    private String code;
    private @Nullable String tokenHash;
    private Instant issuedAt;
    private @Nullable Instant mailedAt;

    protected Certificate() {
        this.code = "";
        this.issuedAt = Instant.EPOCH;
    }

    /** A certificate issued now, with a new random code such as {@code VTP-7KQ2-M9XD}. */
    public Certificate(long registrationId) {
        this.registrationId = registrationId;
        this.code = newCode();
        this.issuedAt = Instant.now();
    }

    static String newCode() {
        StringBuilder code = new StringBuilder("VTP-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Mailed now with the link of this token; an earlier link stops working. */
    public void mailed(String token) {
        this.tokenHash = PersonalLink.hash(token);
        this.mailedAt = Instant.now();
    }

    public long registrationId() {
        return registrationId;
    }

    public String code() {
        return code;
    }

    public @Nullable Instant mailedAt() {
        return mailedAt;
    }
}
