package org.vtprotect.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The countries and areas of {@code reference/countries.csv} (UN M49 with UN status), read once at
 * start. Region names come from the message bundles, in the reader's language.
 */
@Service
public class Countries {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

    private final Map<String, Country> byIso3;
    private final List<Country> all;
    private final Map<String, List<Country>> sortedByLanguage = new ConcurrentHashMap<>();
    private final MessageSource messages;

    Countries(MessageSource messages) {
        this.messages = messages;
        this.byIso3 = Collections.unmodifiableMap(load());
        this.all = List.copyOf(byIso3.values());
    }

    /** Every country and area, in the order of the file (English names). */
    public List<Country> all() {
        return all;
    }

    /** The 193 Member States of the United Nations, in the order of the file. */
    public List<Country> memberStates() {
        return all.stream().filter(Country::isMemberState).toList();
    }

    /**
     * Every country and area sorted by its name in the given language, the way a reader of that
     * language expects (accents and scripts collated, not compared as code points). Languages
     * without names of their own sort the English names.
     */
    public List<Country> sortedFor(Locale locale) {
        String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
        return sortedByLanguage.computeIfAbsent(language, this::sortedBy);
    }

    private List<Country> sortedBy(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Collator collator = Collator.getInstance(locale);
        return all.stream()
                .sorted(Comparator.comparing(country -> country.name(locale), collator))
                .toList();
    }

    /** The country with this ISO 3166-1 alpha-3 code, in any case. */
    public Optional<Country> find(@Nullable String iso3) {
        return iso3 == null
                ? Optional.empty()
                : Optional.ofNullable(byIso3.get(iso3.strip().toUpperCase(Locale.ROOT)));
    }

    public boolean exists(@Nullable String iso3) {
        return find(iso3).isPresent();
    }

    /** The name of an M49 region, sub-region or intermediate region in the given language. */
    public String regionName(String m49Code, Locale locale) {
        return messages.getMessage("region." + m49Code, null, m49Code, locale);
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new LinkedHashMap<>();
        try (Reader in = new InputStreamReader(
                new ClassPathResource("reference/countries.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                Map<String, String> names = new LinkedHashMap<>();
                for (String language : LANGUAGES) {
                    names.put(language, row.get("name_" + language));
                }
                Country country = new Country(
                        row.get("iso3"),
                        row.get("iso2"),
                        row.get("m49"),
                        Country.UnStatus.valueOf(row.get("un_status")),
                        blankToNull(row.get("un_regional_group")),
                        blankToNull(row.get("region_code")),
                        blankToNull(row.get("subregion_code")),
                        blankToNull(row.get("intermediate_code")),
                        Collections.unmodifiableMap(names));
                countries.put(country.iso3(), country);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reference/countries.csv cannot be read", e);
        }
        return countries;
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
