package org.vtprotect.network.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.ApplicationDetail;
import org.vtprotect.network.ApplicationState;

/**
 * One application as programme officers review it, with its codes in the reader's words, the
 * forms' errors and what was typed in them, and the notice of the last action.
 */
public record DetailPage(
        ApplicationDetail application,
        String country,
        Map<String, List<String>> expertise,
        List<String> languages,
        List<String> regions,
        FieldErrors errors,
        Typed typed,
        @Nullable String notice) {

    /** What an officer typed in the note and decision forms, kept when they come back with an error. */
    public record Typed(
            @Nullable String note,
            @Nullable String decision,
            @Nullable String reason,
            @Nullable String conflictNote) {

        static final Typed NOTHING = new Typed(null, null, null, null);
    }

    public String path() {
        return VettingPages.QUEUE + "/" + application.id();
    }

    public boolean reviewable() {
        return ApplicationState.TO_REVIEW.contains(application.state());
    }

    public boolean startable() {
        return application.state() == ApplicationState.SUBMITTED;
    }

    public String value(@Nullable String value) {
        return value == null ? "" : value;
    }
}
