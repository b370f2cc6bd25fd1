package org.vtprotect.event.web.manage;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The filters of the period statistics as the form sends them; blanks mean "any". */
record PeriodFilter(String from, String to, String type, String theme, String country, String region) {

    static @Nullable String orNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    /** The filters as a query string, for links to the records and the exports. */
    String query() {
        UriComponentsBuilder link = UriComponentsBuilder.newInstance();
        add(link, "from", from);
        add(link, "to", to);
        add(link, "type", type);
        add(link, "theme", theme);
        add(link, "country", country);
        add(link, "region", region);
        String query = link.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (!value.isBlank()) {
            link.queryParam(name, value.strip());
        }
    }
}
