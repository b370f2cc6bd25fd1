package org.vtprotect.library.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.library.Facet;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** The name a reader sees for a facet value: a taxonomy label, a country, region, language or organisation name. */
@Component
class FacetLabels {

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Organisations organisations;
    private final MessageSource messages;

    FacetLabels(Taxonomy taxonomy, Countries countries, Organisations organisations, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.organisations = organisations;
        this.messages = messages;
    }

    String label(Facet facet, String value, Locale locale) {
        return switch (facet) {
            case TARGET_TYPE -> taxonomy.label(Vocabulary.TARGET_TYPES, value, locale);
            case THREAT_TYPE -> taxonomy.label(Vocabulary.THREAT_TYPES, value, locale);
            case THEME -> taxonomy.label(Vocabulary.THEMES, value, locale);
            case ACTOR_TYPE -> taxonomy.label(Vocabulary.ACTOR_TYPES, value, locale);
            case PHASE -> taxonomy.label(Vocabulary.PHASES, value, locale);
            case COUNTRY -> countries.find(value).map(c -> c.name(locale)).orElse(value);
            case REGION -> countries.regionName(value, locale);
            case LANGUAGE -> messages.getMessage("library.language." + value, null, value, locale);
            case YEAR -> value;
            case SOURCE_ORGANISATION -> organisationName(value);
        };
    }

    private String organisationName(String id) {
        try {
            return organisations.find(Long.parseLong(id)).map(o -> o.name()).orElse(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }
}
