package org.vtprotect.library.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.library.ImportState;
import org.vtprotect.library.ImportView.Summary;

/**
 * The imports page: the filter as asked, one page of imports with its count and paging links, the
 * form to start one (with the refusal of the archive last sent, if any), and what the manifest
 * holds: its columns and the codes the coded columns accept, by vocabulary.
 */
public record ImportListPage(
        String q,
        String state,
        List<Summary> imports,
        long from,
        long to,
        long total,
        @Nullable String previous,
        @Nullable String next,
        @Nullable String error,
        List<String> columns,
        Map<String, Map<String, String>> codes) {

    static final String PATH = "/manage/library/imports";

    static ImportListPage of(
            String q,
            String state,
            Page<Summary> page,
            @Nullable String error,
            List<String> columns,
            Map<String, Map<String, String>> codes) {
        long from = page.getNumberOfElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
        long to = page.getNumberOfElements() == 0 ? 0 : from + page.getNumberOfElements() - 1;
        return new ImportListPage(
                q,
                state,
                page.getContent(),
                from,
                to,
                page.getTotalElements(),
                page.hasPrevious() ? link(q, state, page.getNumber() - 1) : null,
                page.hasNext() ? link(q, state, page.getNumber() + 1) : null,
                error,
                columns,
                codes);
    }

    public List<ImportState> states() {
        return List.of(ImportState.values());
    }

    /** Columns a row must fill. */
    public boolean required(String column) {
        return column.equals("title") || column.equals("accessLevel");
    }

    private static String link(String q, String state, int page) {
        var link = UriComponentsBuilder.fromPath(PATH);
        if (!q.isEmpty()) {
            link.queryParam("q", q);
        }
        if (!state.isEmpty()) {
            link.queryParam("state", state);
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }
}
