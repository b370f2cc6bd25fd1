package org.vtprotect.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search of the network's experts: words to find in names, biographies and expertise, and filters.
 * Several values of one filter are alternatives (OR); different filters must all hold (AND).
 * {@code available} {@code true} keeps only experts available for missions today.
 */
public record ExpertQuery(
        @Nullable String q,
        List<String> targetTypes,
        List<String> threatTypes,
        List<String> themes,
        List<String> languages,
        List<String> countries,
        List<String> regions,
        @Nullable Boolean available) {

    public ExpertQuery {
        targetTypes = clean(targetTypes);
        threatTypes = clean(threatTypes);
        themes = clean(themes);
        languages = clean(languages);
        countries = clean(countries);
        regions = clean(regions);
    }

    public static ExpertQuery all() {
        return new ExpertQuery(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static List<String> clean(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }
}
