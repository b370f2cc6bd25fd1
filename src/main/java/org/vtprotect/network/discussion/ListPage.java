package org.vtprotect.network.discussion;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The discussions as listed: the themes with their counts, the filter and search as asked, one page
 * of threads, the count ("1–20 of 345") and links to the neighbouring pages keeping the filter.
 */
public record ListPage(
        String theme,
        String q,
        List<ThemeSummary> themes,
        List<ThreadSummary> threads,
        Map<String, String> themeLabels,
        long from,
        long to,
        long total,
        @Nullable String previous,
        @Nullable String next) {

    static ListPage of(
            String theme, String q, List<ThemeSummary> themes, Page<ThreadSummary> page, Map<String, String> labels) {
        long from = page.getNumberOfElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
        long to = page.getNumberOfElements() == 0 ? 0 : from + page.getNumberOfElements() - 1;
        return new ListPage(
                theme,
                q,
                themes,
                page.getContent(),
                labels,
                from,
                to,
                page.getTotalElements(),
                page.hasPrevious() ? link(theme, q, page.getNumber() - 1) : null,
                page.hasNext() ? link(theme, q, page.getNumber() + 1) : null);
    }

    public String themeLabel(String code) {
        return themeLabels.getOrDefault(code, code);
    }

    /** The list filtered on one theme ({@code ""}: all), keeping the search. */
    public String themeLink(String code) {
        return link(code, q, 0);
    }

    static String link(String theme, String q, int page) {
        var link = UriComponentsBuilder.fromPath("/network/discussions");
        if (!theme.isEmpty()) {
            link.queryParam("theme", theme);
        }
        if (!q.isEmpty()) {
            link.queryParam("q", q);
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
