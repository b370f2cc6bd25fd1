package org.vtprotect.event.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret part of a personal link (an invitation, a certificate): 256 random bits, sent once
 * by mail and stored only as its SHA-256, so that a copy of the database opens no link.
 */
public final class PersonalLink {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalLink() {}

    /** A new token, URL-safe (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: its SHA-256 in hexadecimal. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether a token as received could be one of ours, before looking it up. */
    public static boolean wellFormed(String token) {
        return token.length() == 43
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
