package org.vtprotect.library.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.library.DocumentView;
import org.vtprotect.library.Facet;
import org.vtprotect.library.SearchResults.Hit;

/** A document's page: its metadata, each value a link to the search filtered by it, and documents like it. */
public record DocumentPage(DocumentView document, List<Row> rows, List<Hit> similar) {

    /** One line of metadata: what it is (a message key) and its values as links. */
    public record Row(String labelKey, List<Link> values) {}

    public record Link(String label, String href) {}

    @Component
    static class Factory {

        private final FacetLabels labels;

        Factory(FacetLabels labels) {
            this.labels = labels;
        }

        DocumentPage of(DocumentView d, List<Hit> similar, Locale locale) {
            List<Row> rows = new ArrayList<>();
            add(rows, Facet.LANGUAGE, List.of(d.language()), locale);
            if (d.publicationYear() != null) {
                add(rows, Facet.YEAR, List.of(String.valueOf(d.publicationYear())), locale);
            }
            if (d.sourceOrganisationId() != null) {
                add(rows, Facet.SOURCE_ORGANISATION, List.of(String.valueOf(d.sourceOrganisationId())), locale);
            }
            add(rows, Facet.TARGET_TYPE, d.targetTypes(), locale);
            add(rows, Facet.THREAT_TYPE, d.threatTypes(), locale);
            add(rows, Facet.THEME, d.themes(), locale);
            add(rows, Facet.ACTOR_TYPE, d.actorTypes(), locale);
            add(rows, Facet.PHASE, d.phases(), locale);
            add(rows, Facet.COUNTRY, d.countries(), locale);
            add(rows, Facet.REGION, d.regions(), locale);
            return new DocumentPage(d, rows, similar);
        }

        private void add(List<Row> rows, Facet facet, Collection<String> values, Locale locale) {
            if (values.isEmpty()) {
                return;
            }
            List<Link> links = values.stream()
                    .map(value -> new Link(
                            labels.label(facet, value, locale),
                            UriComponentsBuilder.fromPath("/library")
                                    .queryParam(facet.parameter(), value)
                                    .encode()
                                    .build()
                                    .toUriString()))
                    .toList();
            rows.add(new Row("library.facet." + facet.parameter(), links));
        }
    }
}
