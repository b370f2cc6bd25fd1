package org.vtprotect.directory.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Gender;
import org.vtprotect.directory.Organisations;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** The choices of the directory's forms and filters, labelled in the reader's language. */
@Component
class Choices {

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Map<Locale, List<Option>> countriesByLanguage = new ConcurrentHashMap<>();

    Choices(Taxonomy taxonomy, Countries countries, Organisations organisations, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** The organisation types, in the taxonomy's order. */
    List<Option> organisationTypes(Locale locale) {
        return taxonomy.codes(Vocabulary.ORGANISATION_TYPES).stream()
                .map(code -> new Option(code, typeLabel(code, locale)))
                .toList();
    }

    String typeLabel(String code, Locale locale) {
        return taxonomy.label(Vocabulary.ORGANISATION_TYPES, code, locale);
    }

    /** Every country by its name in the reader's language, sorted as that language sorts. */
    List<Option> countries(Locale locale) {
        return countriesByLanguage.computeIfAbsent(locale, this::sortedCountries);
    }

    String countryName(@Nullable String iso3, Locale locale) {
        return countries.find(iso3).map(country -> country.name(locale)).orElse(iso3 == null ? "" : iso3);
    }

    /** Every organisation by name, its acronym beside it. */
    List<Option> organisations() {
        return organisations.all().stream()
                .map(o -> new Option(
                        String.valueOf(o.id()), o.acronym() == null ? o.name() : o.name() + " (" + o.acronym() + ")"))
                .toList();
    }

    List<Option> genders(Locale locale) {
        return java.util.Arrays.stream(Gender.values())
                .map(gender -> new Option(gender.name(), genderLabel(gender, locale)))
                .toList();
    }

    String genderLabel(Gender gender, Locale locale) {
        return messages.getMessage("gender." + gender.name(), null, gender.name(), locale);
    }

    private List<Option> sortedCountries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return countries.all().stream()
                .sorted(Comparator.comparing((Country country) -> country.name(locale), collator))
                .map(country -> new Option(country.iso3(), country.name(locale)))
                .toList();
    }
}
