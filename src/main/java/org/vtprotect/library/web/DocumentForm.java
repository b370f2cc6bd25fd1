package org.vtprotect.library.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.library.DocumentMetadata;
import org.vtprotect.library.DocumentView;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;

/** The upload and edit form of a document, as typed: kept whole when it has errors. */
public record DocumentForm(
        @Nullable String title,
        @Nullable String summary,
        @Nullable String language,
        @Nullable String publicationYear,
        @Nullable String sourceOrganisationId,
        @Nullable String url,
        @Nullable String accessLevel,
        @Nullable List<String> targetTypes,
        @Nullable List<String> threatTypes,
        @Nullable List<String> themes,
        @Nullable List<String> actorTypes,
        @Nullable List<String> phases,
        @Nullable List<String> countries,
        @Nullable List<String> regions,
        @Nullable List<String> sharedWithOrganisations) {

    static final DocumentForm EMPTY =
            new DocumentForm("", "", "", "", "", "", "PUBLIC", null, null, null, null, null, null, null, null);

    static DocumentForm of(DocumentView d) {
        return new DocumentForm(
                d.title(),
                d.summary(),
                d.language(),
                d.publicationYear() == null ? "" : String.valueOf(d.publicationYear()),
                d.sourceOrganisationId() == null ? "" : String.valueOf(d.sourceOrganisationId()),
                d.url(),
                d.accessLevel().name(),
                List.copyOf(d.targetTypes()),
                List.copyOf(d.threatTypes()),
                List.copyOf(d.themes()),
                List.copyOf(d.actorTypes()),
                List.copyOf(d.phases()),
                List.copyOf(d.countries()),
                List.copyOf(d.regions()),
                d.sharedWithOrganisations() == null ? List.of() : List.copyOf(d.sharedWithOrganisations()));
    }

    /**
     * The description this form gives, the accounts it is shared with kept as they were (the form
     * does not show them); a 400 naming the year, organisation or shares when they are not numbers.
     */
    DocumentMetadata metadata(List<Long> sharedWithAccounts) {
        List<FieldProblem> problems = new ArrayList<>();
        Long year = number(publicationYear, "publicationYear", "library.field.publicationYear.invalid", problems);
        Long organisation = number(
                sourceOrganisationId, "sourceOrganisationId", "library.field.sourceOrganisation.unknown", problems);
        List<Long> organisations = new ArrayList<>();
        for (String id : sharedWithOrganisations == null ? List.<String>of() : sharedWithOrganisations) {
            Long parsed = number(id, "sharedWithOrganisations", "library.field.share.invalid", problems);
            if (parsed != null) {
                organisations.add(parsed);
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
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
                year == null || year > Integer.MAX_VALUE ? null : year.intValue(),
                organisation,
                targetTypes,
                threatTypes,
                themes,
                actorTypes,
                phases,
                countries,
                regions,
                level,
                url,
                sharedWithAccounts,
                organisations);
    }

    private static @Nullable Long number(
            @Nullable String value, String field, String key, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number < 0 || ("publicationYear".equals(field) && number > 9999)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, key));
            return null;
        }
    }

    public boolean has(String list, String code) {
        List<String> values = switch (list) {
            case "targetTypes" -> targetTypes;
            case "threatTypes" -> threatTypes;
            case "themes" -> themes;
            case "actorTypes" -> actorTypes;
            case "phases" -> phases;
            case "countries" -> countries;
            case "regions" -> regions;
            case "sharedWithOrganisations" -> sharedWithOrganisations;
            case "sourceOrganisationId" -> sourceOrganisationId == null ? null : List.of(sourceOrganisationId);
            default -> null;
        };
        return values != null && values.contains(code);
    }
}
