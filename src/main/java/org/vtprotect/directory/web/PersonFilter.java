package org.vtprotect.directory.web;

import org.jspecify.annotations.Nullable;

/** What the list of people is narrowed to: search text, organisation and country. */
public record PersonFilter(
        String q, @Nullable Long organisation, @Nullable String country) {

    /** The list's address for one page of the same search. */
    public String link(int page) {
        return new ListLink("/manage/directory/people")
                .with("q", q)
                .with("organisation", organisation)
                .with("country", country)
                .page(page)
                .toString();
    }

    public String organisationValue() {
        return organisation == null ? "" : organisation.toString();
    }
}
