package org.vtprotect.directory.web;

import org.jspecify.annotations.Nullable;

/** What the list of organisations is narrowed to: search text, type and country. */
public record OrganisationFilter(
        String q, @Nullable String type, @Nullable String country) {

    /** The list's address for one page of the same search. */
    public String link(int page) {
        return new ListLink("/manage/directory/organisations")
                .with("q", q)
                .with("type", type)
                .with("country", country)
                .page(page)
                .toString();
    }
}
