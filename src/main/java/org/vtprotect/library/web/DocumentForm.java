package org.vtprotect.library.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.library.DocumentMetadata;
import org.vtprotect.library.DocumentView;

/** The upload and edit form of a document, as typed: kept whole when it has errors. */
public record DocumentForm(
        @Nullable String title,
        @Nullable String summary,
        @Nullable String language,
        @Nullable String publicationYear,
        @Nullable String url,
        @Nullable String accessLevel,
        @Nullable List<String> targetTypes,
        @Nullable List<String> threatTypes,
        @Nullable List<String> themes,
        @Nullable List<String> actorTypes,
        @Nullable List<String> phases,
        @Nullable List<String> countries) {

    static final DocumentForm EMPTY =
            new DocumentForm("", "", "", "", "", "PUBLIC", null, null, null, null, null, null);

    static DocumentForm of(DocumentView d) {
        return new DocumentForm(
                d.title(),
                d.summary(),
                d.language(),
                d.publicationYear() == null ? "" : String.valueOf(d.publicationYear()),
                d.url(),
                d.accessLevel().name(),
                List.copyOf(d.targetTypes()),
                List.copyOf(d.threatTypes()),
                List.copyOf(d.themes()),
                List.copyOf(d.actorTypes()),
                List.copyOf(d.phases()),
                List.copyOf(d.countries()));
    }

    /** The description this form gives, or a 400 naming the year when it is not a number. */
    DocumentMetadata metadata(@Nullable Long sourceOrganisationId, List<String> regions) {
        Integer year = null;
        if (publicationYear != null && !publicationYear.isBlank()) {
            try {
                year = Integer.valueOf(publicationYear.strip());
            } catch (NumberFormatException e) {
                throw org.vtprotect.platform.ProblemException.invalid(
                        "publicationYear", "library.field.publicationYear.invalid");
            }
        }
        AccessLevel level = null;
        for (AccessLevel candidate : AccessLevel.values()) {
            if (candidate.name().equals(accessLevel)) {
                level = candidate;
            }
        }
        return new DocumentMetadata(
                title,
                summary,
                language,
                year,
                sourceOrganisationId,
                targetTypes,
                threatTypes,
                themes,
                actorTypes,
                phases,
                countries,
                regions,
                level,
                url,
                null,
                null);
    }

    public boolean has(String list, String code) {
        List<String> values = switch (list) {
            case "targetTypes" -> targetTypes;
            case "threatTypes" -> threatTypes;
            case "themes" -> themes;
            case "actorTypes" -> actorTypes;
            case "phases" -> phases;
            case "countries" -> countries;
            default -> null;
        };
        return values != null && values.contains(code);
    }
}
