package org.vtprotect.network.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.network.ExpertProfile;
import org.vtprotect.network.internal.Regions;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** Turns profiles into cards in the reader's language. */
@Component
class ExpertLabels {

    private final Countries countries;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final MessageSource messages;

    ExpertLabels(Countries countries, Taxonomy taxonomy, Regions regions, MessageSource messages) {
        this.countries = countries;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.messages = messages;
    }

    ExpertCard card(ExpertProfile p, Locale locale) {
        var e = p.expertise();
        return new ExpertCard(
                p,
                p.name(),
                p.countryIso3() == null
                        ? null
                        : countries
                                .find(p.countryIso3())
                                .map(c -> c.name(locale))
                                .orElse(p.countryIso3()),
                p.gender() == null ? null : text("gender." + p.gender().name(), locale),
                e == null ? List.of() : labels(Vocabulary.TARGET_TYPES, e.targetTypes(), locale),
                e == null ? List.of() : labels(Vocabulary.THREAT_TYPES, e.threatTypes(), locale),
                e == null ? List.of() : labels(Vocabulary.THEMES, e.themes(), locale),
                e == null ? List.of() : labels(Vocabulary.ACTOR_TYPES, e.actorTypes(), locale),
                p.languages() == null
                        ? List.of()
                        : p.languages().stream()
                                .map(l -> messages.getMessage(
                                        "network.detail.languageLevel",
                                        new Object[] {
                                            ApplicationChoices.language(l.code(), locale),
                                            text("network.level." + l.level().name(), locale)
                                        },
                                        locale))
                                .toList(),
                p.regions() == null
                        ? List.of()
                        : p.regions().stream().map(r -> regions.name(r, locale)).toList());
    }

    private List<String> labels(Vocabulary vocabulary, List<String> codes, Locale locale) {
        return codes.stream()
                .map(code -> taxonomy.label(vocabulary, code, locale))
                .toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
