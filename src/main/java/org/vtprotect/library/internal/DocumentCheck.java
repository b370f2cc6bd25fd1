package org.vtprotect.library.internal;

import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.library.DocumentMetadata;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** Checks a curator's description of a document, naming every field at fault at once. */
@Component
public class DocumentCheck {

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Organisations organisations;
    private final Set<String> regionCodes;

    DocumentCheck(Taxonomy taxonomy, Countries countries, Organisations organisations) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.organisations = organisations;
        this.regionCodes = countries.all().stream()
                .flatMap(c -> java.util.stream.Stream.of(c.regionCode(), c.subregionCode(), c.intermediateRegionCode()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The checked description, or a 400 naming the fields at fault. The language may be left to the
     * detected one; a document without a file must have a link.
     */
    public Document.Description check(DocumentMetadata m, @Nullable String detectedLanguage, boolean hasFile) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = m.title() == null ? "" : m.title().strip();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "library.field.title.required"));
        } else if (title.length() > 500) {
            problems.add(new FieldProblem("title", "library.field.title.tooLong"));
        }
        String summary = blankToNull(m.summary());
        if (summary != null && summary.length() > 4000) {
            problems.add(new FieldProblem("summary", "library.field.summary.tooLong"));
        }
        String language = blankToNull(m.language()) == null
                ? detectedLanguage
                : m.language().strip();
        if (language == null) {
            problems.add(new FieldProblem("language", "library.field.language.required"));
        } else if (!LibraryAnalysis.LANGUAGES.contains(language)) {
            problems.add(new FieldProblem("language", "library.field.language.unknown"));
        }
        Integer year = m.publicationYear();
        if (year != null && (year < 1900 || year > Year.now().getValue() + 1)) {
            problems.add(new FieldProblem("publicationYear", "library.field.publicationYear.invalid"));
        }
        if (m.sourceOrganisationId() != null
                && organisations.find(m.sourceOrganisationId()).isEmpty()) {
            problems.add(new FieldProblem("sourceOrganisationId", "library.field.sourceOrganisation.unknown"));
        }
        Set<String> targetTypes = codes(m.targetTypes(), Vocabulary.TARGET_TYPES, "targetTypes", problems);
        Set<String> threatTypes = codes(m.threatTypes(), Vocabulary.THREAT_TYPES, "threatTypes", problems);
        Set<String> themes = codes(m.themes(), Vocabulary.THEMES, "themes", problems);
        Set<String> actorTypes = codes(m.actorTypes(), Vocabulary.ACTOR_TYPES, "actorTypes", problems);
        Set<String> phases = codes(m.phases(), Vocabulary.PHASES, "phases", problems);
        Set<String> countryCodes = new LinkedHashSet<>();
        for (String code : orEmpty(m.countries())) {
            var country = countries.find(code == null ? null : code.strip());
            if (country.isEmpty()) {
                problems.add(new FieldProblem("countries", "library.field.countries.unknown"));
                break;
            }
            countryCodes.add(country.map(Country::iso3).orElseThrow());
        }
        Set<String> regions = new LinkedHashSet<>(orEmpty(m.regions()));
        if (!regionCodes.containsAll(regions)) {
            problems.add(new FieldProblem("regions", "library.field.regions.unknown"));
        }
        if (m.accessLevel() == null) {
            problems.add(new FieldProblem("accessLevel", "library.field.accessLevel.required"));
        }
        String url = blankToNull(m.url());
        if (url != null && !isWebLink(url)) {
            problems.add(new FieldProblem("url", "library.field.url.invalid"));
        }
        if (!hasFile && url == null) {
            problems.add(new FieldProblem("file", "library.field.file.required"));
        }
        Set<String> accounts = ids(m.sharedWithAccounts(), "sharedWithAccounts", problems);
        Set<String> organisationIds = ids(m.sharedWithOrganisations(), "sharedWithOrganisations", problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new Document.Description(
                title,
                summary,
                language,
                year,
                m.sourceOrganisationId(),
                targetTypes,
                threatTypes,
                themes,
                actorTypes,
                phases,
                countryCodes,
                regions,
                accounts,
                organisationIds,
                m.accessLevel() == null ? AccessLevel.RESTRICTED : m.accessLevel(),
                url);
    }

    private Set<String> codes(
            @Nullable List<String> given, Vocabulary vocabulary, String field, List<FieldProblem> problems) {
        Set<String> codes = new LinkedHashSet<>(orEmpty(given));
        if (!taxonomy.containsAll(vocabulary, codes)) {
            problems.add(new FieldProblem(field, "library.field.code.unknown"));
        }
        return codes;
    }

    private static Set<String> ids(@Nullable List<Long> given, String field, List<FieldProblem> problems) {
        Set<String> ids = new LinkedHashSet<>();
        for (Long id : orEmpty(given)) {
            if (id == null || id <= 0) {
                problems.add(new FieldProblem(field, "library.field.share.invalid"));
                break;
            }
            ids.add(String.valueOf(id));
        }
        return ids;
    }

    private static boolean isWebLink(String url) {
        if (url.length() > 2000) {
            return false;
        }
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static <T> List<T> orEmpty(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
