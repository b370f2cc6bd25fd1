package org.vtprotect.library.internal;

import org.jspecify.annotations.Nullable;

/** What was read from a file: its type, text (bounded), page count when known, and the language it is written in. */
public record Extraction(
        String contentType,
        String text,
        @Nullable Integer pages,
        @Nullable String language) {}
