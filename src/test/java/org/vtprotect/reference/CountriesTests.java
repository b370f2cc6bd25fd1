package org.vtprotect.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vtprotect.reference.Country.UnStatus;

class CountriesTests {

    private final Countries countries = new Countries(ReferenceMessages.source());

    @Test
    void everyRowOfTheFileLoadsWithItsUnStatus() {
        assertThat(countries.all()).hasSize(249);
        assertThat(countries.all().stream().map(Country::iso3).distinct()).hasSize(249);
        assertThat(count(UnStatus.MEMBER)).isEqualTo(193);
        assertThat(count(UnStatus.OBSERVER)).isEqualTo(2);
        assertThat(count(UnStatus.NONE)).isEqualTo(54);
        assertThat(countries.all().stream().filter(Country::isObserverState).map(Country::iso3))
                .containsExactlyInAnyOrder("VAT", "PSE");
    }

    @Test
    void memberStatesAreThe193MembersOnly() {
        assertThat(countries.memberStates()).hasSize(193).allMatch(Country::isMemberState);
        assertThat(countries.memberStates()).extracting(Country::iso3).doesNotContain("VAT", "PSE", "TWN", "ATA");
    }

    @Test
    void beneficiaryCountriesHaveTheirM49Regions() {
        assertRegions("TJK", "142", "143", null);
        assertRegions("TGO", "002", "202", "011");
        assertRegions("TUN", "002", "015", null);
        assertRegions("SDN", "002", "015", null);
        Country tajikistan = countries.find("TJK").orElseThrow();
        assertThat(tajikistan.m49()).isEqualTo("762");
        assertThat(tajikistan.iso2()).isEqualTo("TJ");
        assertThat(tajikistan.regionalGroup()).isEqualTo("Asia and the Pacific Group");
        assertThat(tajikistan.name(Locale.forLanguageTag("ar"))).isEqualTo("طاجيكستان");
        assertThat(tajikistan.name(Locale.GERMAN)).isEqualTo("Tajikistan");
    }

    @Test
    void antarcticaHasNoRegionAtAll() {
        Country antarctica = countries.find("ATA").orElseThrow();
        assertThat(antarctica.regionCode()).isNull();
        assertThat(antarctica.subregionCode()).isNull();
        assertThat(antarctica.intermediateRegionCode()).isNull();
        assertThat(antarctica.regionalGroup()).isNull();
    }

    @Test
    void everyCountryHasANameInEachLanguage() {
        for (String language : ReferenceMessages.LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            assertThat(countries.all())
                    .allSatisfy(country -> assertThat(country.name(locale))
                            .as("%s in %s", country.iso3(), language)
                            .isNotBlank());
        }
    }

    @Test
    void findIgnoresCaseAndSpacesAndRejectsNonsense() {
        assertThat(countries.find(" tjk ")).map(Country::iso3).contains("TJK");
        assertThat(countries.exists("tgo")).isTrue();
        assertThat(countries.find(null)).isEmpty();
        assertThat(countries.find("")).isEmpty();
        assertThat(countries.find("XXX")).isEmpty();
        assertThat(countries.find("<script>alert(1)</script>")).isEmpty();
        assertThat(countries.find("TJK' OR '1'='1")).isEmpty();
        assertThat(countries.find("T".repeat(10_000))).isEmpty();
    }

    @Test
    void regionNamesComeInTheReadersLanguage() {
        assertThat(countries.regionName("002", Locale.ENGLISH)).isEqualTo("Africa");
        assertThat(countries.regionName("015", Locale.FRENCH)).isEqualTo("Afrique septentrionale");
        assertThat(countries.regionName("143", Locale.forLanguageTag("ru"))).isEqualTo("Центральная Азия");
        assertThat(countries.regionName("202", Locale.forLanguageTag("ar"))).isEqualTo("أفريقيا جنوب الصحراء الكبرى");
        assertThat(countries.regionName("011", Locale.CHINESE)).isEqualTo("西部非洲");
        assertThat(countries.regionName("999", Locale.ENGLISH)).isEqualTo("999");
    }

    @Test
    void sortingFollowsTheLanguageNotTheCodePoints() {
        assertThat(names(Locale.ENGLISH).subList(0, 3)).containsExactly("Afghanistan", "Åland Islands", "Albania");
        List<String> french = names(Locale.FRENCH);
        assertThat(french.indexOf("Égypte")).isLessThan(french.indexOf("Espagne"));
        assertThat(french.get(french.size() - 1)).isEqualTo("Zimbabwe");
        List<String> russian = names(Locale.forLanguageTag("ru"));
        assertThat(russian.indexOf("остров Рождества")).isLessThan(russian.indexOf("Япония"));
        assertThat(russian.get(russian.size() - 1)).isEqualTo("Япония");
        assertThat(names(Locale.forLanguageTag("es")).get(0)).isEqualTo("Afganistán");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar", "de"})
    void everyLanguageSortsEveryCountryOnce(String language) {
        List<Country> sorted = countries.sortedFor(Locale.forLanguageTag(language));
        assertThat(sorted).hasSize(249).containsExactlyInAnyOrderElementsOf(countries.all());
    }

    @Test
    void languagesWithoutNamesSortTheEnglishNames() {
        assertThat(countries.sortedFor(Locale.GERMAN)).isEqualTo(countries.sortedFor(Locale.ENGLISH));
    }

    private List<String> names(Locale locale) {
        return countries.sortedFor(locale).stream().map(c -> c.name(locale)).toList();
    }

    private long count(UnStatus status) {
        return countries.all().stream().filter(c -> c.unStatus() == status).count();
    }

    private void assertRegions(String iso3, String region, String subregion, String intermediate) {
        Country country = countries.find(iso3).orElseThrow();
        assertThat(country.unStatus()).isEqualTo(UnStatus.MEMBER);
        assertThat(Stream.of(country.regionCode(), country.subregionCode(), country.intermediateRegionCode()))
                .as(iso3)
                .containsExactly(region, subregion, intermediate);
    }
}
