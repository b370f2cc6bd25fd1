package org.vtprotect.network.discussion;

import java.time.Instant;

/** Who hid or locked something, when and why: kept, and shown to staff only. */
public record Moderation(String by, Instant at, String reason) {}
