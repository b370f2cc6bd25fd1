package org.vtprotect.network.discussion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A theme of the taxonomy with its label, how many threads it has and when one last moved. */
public record ThemeSummary(
        String code, String label, long threads, @Nullable Instant latest) {}
