package org.vtprotect.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a programme officer looks for: target types, threat types, themes, languages (ISO 639-1),
 * M49 regions, and how many experts to list (1 to 100, 10 when not given).
 */
public record MatchNeed(
        @Nullable List<String> targetTypes,
        @Nullable List<String> threatTypes,
        @Nullable List<String> themes,
        @Nullable List<String> languages,
        @Nullable List<String> regions,
        @Nullable Integer limit) {

    static List<String> clean(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
    }
}
