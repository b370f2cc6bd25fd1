package org.vtprotect.network.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Gender;
import org.vtprotect.network.LanguageLevel;
import org.vtprotect.network.internal.Regions;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** The choices of the application form and the words for codes, in the reader's language. */
@Component
class ApplicationChoices {

    private final Countries countries;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final MessageSource messages;

    ApplicationChoices(Countries countries, Taxonomy taxonomy, Regions regions, MessageSource messages) {
        this.countries = countries;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.messages = messages;
    }

    ApplicationFormPage.Choices choices(Locale locale) {
        Map<String, String> countryNames = new LinkedHashMap<>();
        countries.sortedFor(locale).forEach(c -> countryNames.put(c.iso3(), c.name(locale)));
        Map<String, String> genders = new LinkedHashMap<>();
        Arrays.stream(Gender.values()).forEach(g -> genders.put(g.name(), text("gender." + g.name(), locale)));
        Map<String, String> levels = new LinkedHashMap<>();
        Arrays.stream(LanguageLevel.values())
                .forEach(l -> levels.put(l.name(), text("network.level." + l.name(), locale)));
        Map<String, String> unLanguages = new LinkedHashMap<>();
        ApplicationForm.UN_LANGUAGES.forEach(code -> unLanguages.put(code, language(code, locale)));
        Collator collator = Collator.getInstance(locale);
        Map<String, String> others = new LinkedHashMap<>();
        Arrays.stream(Locale.getISOLanguages())
                .filter(code -> !ApplicationForm.UN_LANGUAGES.contains(code))
                .filter(code -> !language(code, locale).equals(code))
                .sorted(Comparator.comparing((String code) -> language(code, locale), collator))
                .forEach(code -> others.put(code, language(code, locale)));
        return new ApplicationFormPage.Choices(
                countryNames,
                genders,
                taxonomy.labels(Vocabulary.TARGET_TYPES, locale),
                taxonomy.labels(Vocabulary.THREAT_TYPES, locale),
                taxonomy.labels(Vocabulary.THEMES, locale),
                taxonomy.labels(Vocabulary.ACTOR_TYPES, locale),
                regions.choices(locale),
                levels,
                unLanguages,
                others);
    }

    /** A language's name in the reader's language, capitalised as a list entry. */
    static String language(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
