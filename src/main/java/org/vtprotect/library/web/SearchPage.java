package org.vtprotect.library.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.library.Facet;
import org.vtprotect.library.SearchRequest;
import org.vtprotect.library.SearchResults;

/** What the search page shows: the query as asked, the results, the facets with their choices, and links to other pages. */
public record SearchPage(
        String q, String sort, SearchResults results, List<FacetGroup> facets, String previous, String next) {

    /** One facet: its values with their counts, the chosen ones checked. */
    public record FacetGroup(String parameter, List<FacetValue> values) {

        public boolean anyChosen() {
            return values.stream().anyMatch(FacetValue::chosen);
        }
    }

    public record FacetValue(String value, String label, long count, boolean chosen) {}

    static SearchPage of(
            MultiValueMap<String, String> parameters,
            SearchRequest request,
            SearchResults results,
            FacetLabels labels,
            Locale locale) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = results.facets().getOrDefault(facet.parameter(), Map.of());
            List<String> chosen = request.values(facet);
            List<FacetValue> values = new ArrayList<>();
            counts.forEach((value, count) -> values.add(
                    new FacetValue(value, labels.label(facet, value, locale), count, chosen.contains(value))));
            for (String value : chosen) {
                if (!counts.containsKey(value)) {
                    values.add(new FacetValue(value, labels.label(facet, value, locale), 0, true));
                }
            }
            Comparator<FacetValue> order = facet == Facet.YEAR
                    ? Comparator.comparing(FacetValue::value).reversed()
                    : Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
            values.sort(order);
            if (!values.isEmpty()) {
                groups.add(new FacetGroup(facet.parameter(), values));
            }
        }
        return new SearchPage(
                request.q() == null ? "" : request.q(),
                parameters.getFirst("sort") == null ? "" : parameters.getFirst("sort"),
                results,
                groups,
                link(parameters, request.page() - 1),
                link(parameters, request.page() + 1));
    }

    public long first() {
        return results.totalItems() == 0 ? 0 : (long) results.page() * results.size() + 1;
    }

    public long last() {
        return Math.min(results.totalItems(), (long) (results.page() + 1) * results.size());
    }

    public boolean hasPrevious() {
        return results.page() > 0;
    }

    public boolean hasNext() {
        return last() < results.totalItems();
    }

    private static String link(MultiValueMap<String, String> parameters, int page) {
        MultiValueMap<String, String> copy = new LinkedMultiValueMap<>(parameters);
        copy.remove("page");
        copy.remove("lang");
        if (page > 0) {
            copy.add("page", String.valueOf(page));
        }
        return UriComponentsBuilder.fromPath("/library")
                .queryParams(copy)
                .encode()
                .build()
                .toUriString();
    }
}
