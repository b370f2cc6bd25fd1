package org.vtprotect.library;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * A search of the library: words (none lists everything), the values chosen per facet, the order
 * ({@code relevance} or {@code date}; by default relevance with words, newest first without), a page.
 */
public record SearchRequest(
        @Nullable String q,
        Map<Facet, List<String>> filters,
        @Nullable String sort,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public SearchRequest {
        q = q == null || q.isBlank() ? null : q.strip();
        Map<Facet, List<String>> clean = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            List<String> kept = values.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .distinct()
                    .toList();
            if (!kept.isEmpty()) {
                clean.put(facet, kept);
            }
        });
        filters = Map.copyOf(clean);
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "library.search.page.invalid"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "library.search.size.invalid"));
        }
        if (sort != null && !sort.isBlank() && !sort.equals("relevance") && !sort.equals("date")) {
            problems.add(new FieldProblem("sort", "library.search.sort.invalid"));
        }
        for (Facet facet : List.of(Facet.YEAR, Facet.SOURCE_ORGANISATION)) {
            for (String value : clean.getOrDefault(facet, List.of())) {
                if (!value.matches("\\d{1,18}")) {
                    problems.add(new FieldProblem(facet.parameter(), "library.search.number.invalid"));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    /** Newest first unless asked for relevance with words to rank by. */
    public boolean byDate() {
        return q == null ? !"relevance".equals(sort) : "date".equals(sort);
    }

    public List<String> values(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }
}
