package org.vtprotect.network.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.network.ApplicationState;
import org.vtprotect.network.ApplicationSummary;

/**
 * The vetting queue as shown: the filter as asked ({@code state} is {@code ""} for those to review,
 * {@code all}, or a state), the count of applications in each state, one page of rows, the count
 * ("1–20 of 345") and links to the previous and next pages keeping the filter.
 */
public record QueuePage(
        String state,
        String q,
        boolean conflict,
        Map<ApplicationState, Long> counts,
        List<Row> rows,
        long from,
        long to,
        long total,
        @Nullable String previous,
        @Nullable String next) {

    /** One application and its country's name in the reader's language. */
    public record Row(ApplicationSummary application, String country) {}

    static QueuePage of(
            String state,
            String q,
            boolean conflict,
            Map<ApplicationState, Long> counts,
            Page<ApplicationSummary> page,
            List<Row> rows) {
        long from = page.getNumberOfElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
        long to = page.getNumberOfElements() == 0 ? 0 : from + page.getNumberOfElements() - 1;
        return new QueuePage(
                state,
                q,
                conflict,
                counts,
                rows,
                from,
                to,
                page.getTotalElements(),
                page.hasPrevious() ? link(state, q, conflict, page.getNumber() - 1) : null,
                page.hasNext() ? link(state, q, conflict, page.getNumber() + 1) : null);
    }

    /** The queue filtered on one state (or {@code ""}, {@code all}), keeping the search. */
    public String stateLink(String chosen) {
        return link(chosen, q, conflict, 0);
    }

    public long toReview() {
        return counts.get(ApplicationState.SUBMITTED) + counts.get(ApplicationState.UNDER_REVIEW);
    }

    public long all() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static String link(String state, String q, boolean conflict, int page) {
        var link = UriComponentsBuilder.fromPath(VettingPages.QUEUE);
        if (!state.isEmpty()) {
            link.queryParam("state", state);
        }
        if (!q.isEmpty()) {
            link.queryParam("q", q);
        }
        if (conflict) {
            link.queryParam("conflict", "true");
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
