package org.vtprotect.library.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** The choices of a document's form in the reader's language: taxonomy labels, countries, M49 regions, organisations. */
@Component
class DocumentChoices {

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Organisations organisations;

    DocumentChoices(Taxonomy taxonomy, Countries countries, Organisations organisations) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.organisations = organisations;
    }

    DocumentFormPage.Choices in(Locale locale) {
        Map<String, String> countryNames = new LinkedHashMap<>();
        countries.sortedFor(locale).forEach(c -> countryNames.put(c.iso3(), c.name(locale)));
        Map<String, String> regions = new LinkedHashMap<>();
        countries.all().stream()
                .flatMap(c -> Stream.of(c.regionCode(), c.subregionCode(), c.intermediateRegionCode()))
                .filter(Objects::nonNull)
                .distinct()
                .map(code -> Map.entry(code, countries.regionName(code, locale)))
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(name -> name.toLowerCase(locale))))
                .forEach(e -> regions.put(e.getKey(), e.getValue()));
        Map<String, String> organisationNames = new LinkedHashMap<>();
        organisations.all().forEach(o -> organisationNames.put(String.valueOf(o.id()), o.name()));
        return new DocumentFormPage.Choices(
                taxonomy.labels(Vocabulary.TARGET_TYPES, locale),
                taxonomy.labels(Vocabulary.THREAT_TYPES, locale),
                taxonomy.labels(Vocabulary.THEMES, locale),
                taxonomy.labels(Vocabulary.ACTOR_TYPES, locale),
                taxonomy.labels(Vocabulary.PHASES, locale),
                countryNames,
                regions,
                organisationNames);
    }
}
