package org.vtprotect.library.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.library.LibraryCatalogue.Entry;

/**
 * What the curators' list of documents shows: the filter as asked, one page of documents, the count
 * ("1–20 of 345") and links to the previous and next pages keeping the filter.
 */
public record DocumentListPage(
        String q,
        String accessLevel,
        String status,
        List<Entry> documents,
        long from,
        long to,
        long total,
        @Nullable String previous,
        @Nullable String next) {

    static DocumentListPage of(String q, String accessLevel, String status, Page<Entry> page) {
        long from = page.getNumberOfElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
        long to = page.getNumberOfElements() == 0 ? 0 : from + page.getNumberOfElements() - 1;
        return new DocumentListPage(
                q,
                accessLevel,
                status,
                page.getContent(),
                from,
                to,
                page.getTotalElements(),
                page.hasPrevious() ? link(q, accessLevel, status, page.getNumber() - 1) : null,
                page.hasNext() ? link(q, accessLevel, status, page.getNumber() + 1) : null);
    }

    private static String link(String q, String accessLevel, String status, int page) {
        var link = UriComponentsBuilder.fromPath(ManageDocumentList.PATH);
        if (!q.isEmpty()) {
            link.queryParam("q", q);
        }
        if (!accessLevel.isEmpty()) {
            link.queryParam("accessLevel", accessLevel);
        }
        if (!status.isEmpty()) {
            link.queryParam("status", status);
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
