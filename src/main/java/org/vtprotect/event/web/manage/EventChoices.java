package org.vtprotect.event.web.manage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.event.EventView;
import org.vtprotect.platform.Languages;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** The words of the organisers' pages: codes as labels of the reader's language, and the options of selects. */
@Component
class EventChoices {

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Organisations organisations;
    private final MessageSource messages;

    EventChoices(Taxonomy taxonomy, Countries countries, Organisations organisations, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.organisations = organisations;
        this.messages = messages;
    }

    List<Option> vocabulary(Vocabulary vocabulary, Locale locale) {
        return options(taxonomy.labels(vocabulary, locale));
    }

    String label(Vocabulary vocabulary, @Nullable String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return taxonomy.labels(vocabulary, locale).getOrDefault(code, code);
    }

    List<Option> countries(Locale locale) {
        return countries.sortedFor(locale).stream()
                .map(c -> new Option(c.iso3(), c.name(locale)))
                .toList();
    }

    String country(@Nullable String iso3, Locale locale) {
        return iso3 == null ? "" : countries.find(iso3).map(c -> c.name(locale)).orElse(iso3);
    }

    List<Option> organisations() {
        return organisations.all().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .map(o -> new Option(String.valueOf(o.id()), o.name()))
                .toList();
    }

    String organisation(@Nullable Long id) {
        return id == null
                ? ""
                : organisations.find(id).map(Organisations.View::name).orElse("");
    }

    /** Region time zones ({@code Europe/Vienna}) and UTC, as the service accepts them. */
    List<Option> timeZones() {
        List<Option> zones = new ArrayList<>();
        zones.add(new Option("UTC", "UTC"));
        ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .forEach(z -> zones.add(new Option(z, z)));
        return zones;
    }

    /** The six languages, each named in the reader's language. */
    List<Option> languages(Locale locale) {
        return Languages.SUPPORTED.stream()
                .map(l -> new Option(l.getLanguage(), l.getDisplayLanguage(locale)))
                .toList();
    }

    /** The constants of an enum, labelled by {@code prefix + name}. */
    List<Option> enumOptions(Enum<?>[] values, String prefix, Locale locale) {
        return Arrays.stream(values)
                .map(v -> new Option(v.name(), text(prefix + v.name(), locale)))
                .toList();
    }

    /** The city and country of an in-person event, or null when it has no venue. */
    @Nullable
    String place(EventView event, Locale locale) {
        if (event.venue() == null) {
            return null;
        }
        String country = country(event.venue().countryIso3(), locale);
        String city = event.venue().city();
        if (city == null || city.isBlank()) {
            return country.isEmpty() ? null : country;
        }
        return country.isEmpty() ? city : text("event.page.place", locale, city, country);
    }

    /** A day with its weekday, in the reader's language. */
    String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(day);
    }

    /** A person's name in the reader's order (family name first in Chinese). */
    String personName(People.View person, Locale locale) {
        return text("event.manage.personName", locale, person.givenName(), person.familyName());
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static List<Option> options(Map<String, String> labels) {
        return labels.entrySet().stream()
                .map(e -> new Option(e.getKey(), e.getValue()))
                .toList();
    }
}
