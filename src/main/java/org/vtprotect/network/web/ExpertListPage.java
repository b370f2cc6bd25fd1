package org.vtprotect.network.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.network.ExpertQuery;

/**
 * The expert search as shown: the query as asked, the choices of each filter, one page of cards, the
 * count ("1–20 of 345") and links to the previous and next pages keeping the query.
 */
public record ExpertListPage(
        ExpertQuery query,
        Filters filters,
        List<ExpertCard> cards,
        long from,
        long to,
        long total,
        @Nullable String previous,
        @Nullable String next) {

    /** Code to label for each filter. */
    public record Filters(
            Map<String, String> targetTypes,
            Map<String, String> threatTypes,
            Map<String, String> themes,
            Map<String, String> languages,
            Map<String, String> countries,
            Map<String, String> regions) {}

    public String q() {
        return query.q() == null ? "" : query.q();
    }

    public boolean chosen(List<String> values, String code) {
        return values.contains(code);
    }

    public String available() {
        return query.available() == null ? "" : query.available().toString();
    }

    static String link(ExpertQuery q, int page) {
        var link = UriComponentsBuilder.fromPath(ExpertPages.LIST);
        if (q.q() != null && !q.q().isBlank()) {
            link.queryParam("q", q.q());
        }
        q.targetTypes().forEach(v -> link.queryParam("targetType", v));
        q.threatTypes().forEach(v -> link.queryParam("threatType", v));
        q.themes().forEach(v -> link.queryParam("theme", v));
        q.languages().forEach(v -> link.queryParam("language", v));
        q.countries().forEach(v -> link.queryParam("country", v));
        q.regions().forEach(v -> link.queryParam("region", v));
        if (q.available() != null) {
            link.queryParam("available", q.available());
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
