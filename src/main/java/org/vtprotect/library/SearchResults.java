package org.vtprotect.library;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of documents the reader may read, best first (or newest first), with the count of each
 * facet value among them; a facet's own choice does not narrow its counts, so other values stay offered.
 */
public record SearchResults(
        long totalItems, List<Hit> items, Map<String, Map<String, Long>> facets, int page, int size) {

    /**
     * A document found. The snippet is HTML: the text is escaped and the words found are wrapped in
     * {@code <mark>}.
     */
    public record Hit(
            long id,
            String title,
            String snippet,
            @Nullable Float score,
            String language,
            @Nullable Integer publicationYear,
            AccessLevel accessLevel) {}
}
