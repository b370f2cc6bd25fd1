package org.vtprotect.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each bundle file on its own: a missing translation must fail here, not fall back to English. */
class ReferenceBundlesTests {

    private final Map<String, Map<String, String>> taxonomy = TaxonomyFile.vocabularies();
    private final Countries countries = new Countries(ReferenceMessages.source());

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void everyTaxonomyCodeHasALabel(String language) {
        Properties bundle = ReferenceMessages.bundle("taxonomy", language);
        taxonomy.forEach((vocabulary, labels) -> labels.keySet()
                .forEach(code -> assertThat(bundle.getProperty("taxonomy." + vocabulary + "." + code))
                        .as("taxonomy.%s.%s in %s", vocabulary, code, language)
                        .isNotBlank()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void everyM49RegionOfTheCountriesHasAName(String language) {
        Properties bundle = ReferenceMessages.bundle("reference", language);
        for (String code : regionCodes()) {
            assertThat(bundle.getProperty("region." + code))
                    .as("region.%s in %s", code, language)
                    .isNotBlank();
        }
        for (Country.UnStatus status : Country.UnStatus.values()) {
            assertThat(bundle.getProperty("unStatus." + status)).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void translationsHaveExactlyTheEnglishKeys(String language) {
        for (String name : new String[] {"taxonomy", "reference"}) {
            assertThat(ReferenceMessages.bundle(name, language).stringPropertyNames())
                    .as("%s_%s", name, language)
                    .isEqualTo(ReferenceMessages.bundle(name, "en").stringPropertyNames());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void translationsAreTranslatedNotCopied(String language) {
        for (String name : new String[] {"taxonomy", "reference"}) {
            Properties english = ReferenceMessages.bundle(name, "en");
            Properties translated = ReferenceMessages.bundle(name, language);
            long same = english.stringPropertyNames().stream()
                    .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                    .count();
            assertThat(same)
                    .as("%s_%s labels identical to English", name, language)
                    .isLessThanOrEqualTo(english.size() / 10);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void translationsUseTheTypographicApostrophe(String language) {
        for (String name : new String[] {"taxonomy", "reference"}) {
            Properties bundle = ReferenceMessages.bundle(name, language);
            assertThat(bundle.values())
                    .as("%s_%s", name, language)
                    .noneMatch(v -> v.toString().contains("'"));
        }
    }

    @Test
    void englishRegionNamesAreThoseOfTheCountriesFile() {
        Properties english = ReferenceMessages.bundle("reference", "en");
        assertThat(english.getProperty("region.002")).isEqualTo("Africa");
        assertThat(english.getProperty("region.015")).isEqualTo("Northern Africa");
        assertThat(english.getProperty("region.035")).isEqualTo("South-eastern Asia");
        assertThat(english.getProperty("region.419")).isEqualTo("Latin America and the Caribbean");
    }

    private Set<String> regionCodes() {
        Set<String> codes = new TreeSet<>();
        for (Country country : countries.all()) {
            for (String code :
                    new String[] {country.regionCode(), country.subregionCode(), country.intermediateRegionCode()}) {
                if (code != null) {
                    codes.add(code);
                }
            }
        }
        assertThat(codes).hasSize(29);
        return codes;
    }
}
