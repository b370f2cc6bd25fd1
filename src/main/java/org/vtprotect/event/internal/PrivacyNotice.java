package org.vtprotect.event.internal;

/** The privacy notice registrants are shown: its version is recorded with each answer they give. */
public final class PrivacyNotice {

    /** Change it whenever the notice or the consent texts change. */
    public static final String VERSION = "2025-1";

    private PrivacyNotice() {}
}
