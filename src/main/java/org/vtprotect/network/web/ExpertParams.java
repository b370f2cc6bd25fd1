package org.vtprotect.network.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.ExpertQuery;
import org.vtprotect.platform.ProblemException;

/** Reads the search parameters the page and the API share; a value that is not a number is a 400. */
final class ExpertParams {

    private ExpertParams() {}

    static ExpertQuery query(
            @Nullable String q,
            @Nullable List<String> targetType,
            @Nullable List<String> threatType,
            @Nullable List<String> theme,
            @Nullable List<String> language,
            @Nullable List<String> country,
            @Nullable List<String> region,
            @Nullable String available) {
        Boolean availability = null;
        if (available != null && !available.isBlank()) {
            switch (available.strip()) {
                case "true" -> availability = true;
                case "false" -> availability = false;
                default -> throw ProblemException.invalid("available", "networkExperts.available.invalid");
            }
        }
        return new ExpertQuery(
                q == null ? null : q.strip(),
                upper(targetType),
                upper(threatType),
                upper(theme),
                language,
                upper(country),
                region,
                availability);
    }

    static int number(@Nullable String value, int byDefault, String field) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "networkExperts." + field + ".invalid");
        }
    }

    private static @Nullable List<String> upper(@Nullable List<String> values) {
        return values == null
                ? null
                : values.stream()
                        .map(v -> v == null ? null : v.strip().toUpperCase(java.util.Locale.ROOT))
                        .toList();
    }
}
