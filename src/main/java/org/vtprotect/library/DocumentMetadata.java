package org.vtprotect.library;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A document's description as a curator gives it (the {@code metadata} part of an upload): taxonomy
 * codes for target types, threat types, themes, actor types and phases; countries as ISO alpha-3;
 * regions as M49 codes; the language as a UN language code, detected from the text when absent.
 */
public record DocumentMetadata(
        @Nullable String title,
        @Nullable String summary,
        @Nullable String language,
        @Nullable Integer publicationYear,
        @Nullable Long sourceOrganisationId,
        @Nullable List<String> targetTypes,
        @Nullable List<String> threatTypes,
        @Nullable List<String> themes,
        @Nullable List<String> actorTypes,
        @Nullable List<String> phases,
        @Nullable List<String> countries,
        @Nullable List<String> regions,
        @Nullable AccessLevel accessLevel,
        @Nullable String url,
        @Nullable List<Long> sharedWithAccounts,
        @Nullable List<Long> sharedWithOrganisations) {

    static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }
}
