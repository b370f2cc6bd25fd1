package org.vtprotect.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

@IntegrationTest
class ReferenceApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void countriesInArabicWithArabicRegionsSortedForArabicReaders() throws Exception {
        String body = mvc.perform(get("/api/v1/countries").param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(249)))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].name", contains("طاجيكستان")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].iso2", contains("TJ")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].m49", contains("762")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].unStatus", contains("MEMBER")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].regionalGroup", contains("Asia and the Pacific Group")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].region.code", contains("142")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].region.name", contains("آسيا")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].subregion.name", contains("آسيا الوسطى")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TJK')].intermediateRegion", contains(nullValue())))
                .andExpect(jsonPath("$[?(@.iso3 == 'TGO')].intermediateRegion.name", contains("غرب أفريقيا")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> names = JsonPath.read(body, "$[*].name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Collator.getInstance(Locale.forLanguageTag("ar")));
        assertThat(names).isEqualTo(sorted);
    }

    @Test
    void antarcticaHasNullRegions() throws Exception {
        mvc.perform(get("/api/v1/countries").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.iso3 == 'ATA')].name", contains("Antarctica")))
                .andExpect(jsonPath("$[?(@.iso3 == 'ATA')].region", contains(nullValue())))
                .andExpect(jsonPath("$[?(@.iso3 == 'ATA')].subregion", contains(nullValue())))
                .andExpect(jsonPath("$[?(@.iso3 == 'ATA')].intermediateRegion", contains(nullValue())))
                .andExpect(jsonPath("$[?(@.iso3 == 'ATA')].regionalGroup", contains(nullValue())))
                .andExpect(jsonPath("$[0].name").value("Afghanistan"))
                .andExpect(jsonPath("$[1].name").value("Åland Islands"));
    }

    @Test
    void withoutLangTheBrowserLanguageDecides() throws Exception {
        mvc.perform(get("/api/v1/countries").header("Accept-Language", "fr-CH, fr;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.iso3 == 'TUN')].name", contains("Tunisie")))
                .andExpect(jsonPath("$[?(@.iso3 == 'TUN')].subregion.name", contains("Afrique septentrionale")));
        mvc.perform(get("/api/v1/countries").param("lang", "de").header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.iso3 == 'TUN')].name", contains("Túnez")));
        mvc.perform(get("/api/v1/countries").header("Accept-Language", "xx;;;q=bad"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.iso3 == 'TUN')].name", contains("Tunisia")));
    }

    @Test
    void unStatusFiltersMembersAndObservers() throws Exception {
        mvc.perform(get("/api/v1/countries").param("unStatus", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(193)))
                .andExpect(jsonPath("$[*].unStatus", everyItem(is("MEMBER"))));
        mvc.perform(get("/api/v1/countries").param("unStatus", "OBSERVER").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].iso3", contains("VAT", "PSE")))
                .andExpect(jsonPath("$[*].name", contains("Holy See", "State of Palestine")));
        mvc.perform(get("/api/v1/countries").param("unStatus", "NONE")).andExpect(jsonPath("$", hasSize(54)));
        mvc.perform(get("/api/v1/countries").param("unStatus", "MEMBER,OBSERVER"))
                .andExpect(jsonPath("$", hasSize(195)));
        mvc.perform(get("/api/v1/countries").param("unStatus", "member", "observer"))
                .andExpect(jsonPath("$", hasSize(195)));
        mvc.perform(get("/api/v1/countries").param("unStatus", "")).andExpect(jsonPath("$", hasSize(249)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEMBERS", "<script>alert(1)</script>", "MEMBER' OR '1'='1", "1", "MEMBER,BOGUS"})
    void anUnknownUnStatusIsA400ProblemNamingTheField(String unStatus) throws Exception {
        mvc.perform(get("/api/v1/countries").param("unStatus", unStatus).param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("unStatus"))
                .andExpect(jsonPath("$.errors[0].message").value("Choisissez MEMBER, OBSERVER ou NONE."))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(header().string("Cache-Control", not(containsString("public"))));
    }

    @Test
    void aHugeUnStatusIsRefusedToo() throws Exception {
        mvc.perform(get("/api/v1/countries").param("unStatus", "X".repeat(5_000)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unStatus"))
                .andExpect(content().string(not(containsString("XXXXX"))));
    }

    @Test
    void taxonomyHasEveryVocabularyInFileOrderWithLabelsInTheLanguage() throws Exception {
        String body = mvc.perform(get("/api/v1/taxonomy").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.targetTypes[0].code").value("URBAN_CENTRE"))
                .andExpect(jsonPath("$.targetTypes[0].label").value("城市中心和公共空间"))
                .andExpect(jsonPath("$.threatTypes[?(@.code == 'UAS')].label", contains("无人驾驶航空器系统（无人机）")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.Map<String, Object> root = JsonPath.read(body, "$");
        assertThat(root.keySet())
                .containsExactly(
                        "targetTypes",
                        "threatTypes",
                        "themes",
                        "actorTypes",
                        "phases",
                        "organisationTypes",
                        "eventTypes");
        TaxonomyFile.vocabularies().forEach((vocabulary, labels) -> {
            if (root.containsKey(vocabulary)) {
                List<String> codes = JsonPath.read(body, "$." + vocabulary + "[*].code");
                assertThat(codes).as(vocabulary).containsExactlyElementsOf(labels.keySet());
                List<String> chinese = JsonPath.read(body, "$." + vocabulary + "[*].label");
                assertThat(chinese).as(vocabulary).doesNotContainAnyElementsOf(labels.values());
            }
        });
    }

    @Test
    void taxonomyInEnglishIsTheFile() throws Exception {
        mvc.perform(get("/api/v1/taxonomy").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.phases[*].label",
                        contains("Prevent", "Protect", "Mitigate", "Investigate", "Respond", "Recover")))
                .andExpect(
                        jsonPath("$.threatTypes[?(@.code == 'IED')].label", contains("Improvised explosive device")));
    }

    @Test
    void referenceDataIsCacheableForADayPerLanguage() throws Exception {
        for (String path : new String[] {"/api/v1/countries", "/api/v1/taxonomy"}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("max-age=86400")))
                    .andExpect(header().string("Cache-Control", containsString("public")))
                    .andExpect(header().string("Cache-Control", not(containsString("no-store"))))
                    .andExpect(header().stringValues(
                                    "Vary", org.hamcrest.Matchers.hasItem(containsString("Accept-Language"))))
                    .andExpect(header().doesNotExist("Pragma"));
        }
    }

    @Test
    void anonymousVisitorsMayReadBoth() throws Exception {
        mvc.perform(get("/api/v1/countries")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/taxonomy")).andExpect(status().isOk());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleMayReadBoth(Role role) throws Exception {
        mvc.perform(get("/api/v1/countries").with(SignedIn.as(role))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/taxonomy").with(SignedIn.as(role))).andExpect(status().isOk());
    }

    @Test
    void referenceDataCannotBeWritten() throws Exception {
        mvc.perform(post("/api/v1/countries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/taxonomy")
                        .with(SignedIn.as(Role.ADMINISTRATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aBadBearerTokenIsToldSoEvenOnPublicData() throws Exception {
        mvc.perform(get("/api/v1/taxonomy").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
