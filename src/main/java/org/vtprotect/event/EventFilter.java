package org.vtprotect.event;

import org.jspecify.annotations.Nullable;

/** Which events the organisers' list shows: words of the title, a type, a state, a year of start. */
public record EventFilter(
        @Nullable String text,
        @Nullable String type,
        @Nullable EventState state,
        @Nullable Integer year) {}
