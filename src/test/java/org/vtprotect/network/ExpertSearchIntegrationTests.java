package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Expert search: words without regard to accents or case, each filter with several values as
 * alternatives and filters together, regions by the M49 tree, availability, paging, the htmx
 * fragment, and hostile or malformed input answered with 400 field problems or shown as text.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpertSearchIntegrationTests {

    @Autowired
    RoleTestMember roleTestMember;

    @org.junit.jupiter.api.BeforeEach
    void theDefaultExpertIsAMember() {
        roleTestMember.ensure();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertFixtures.Admission admission;

    private final String token = "zs" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    private long dakar;
    private long jakarta;
    private long lyon;
    private long hidden;

    @BeforeAll
    void members() {
        dakar = admission.admit(ExpertFixtures.expert()
                .name("Aïssatou", "Dakar" + token)
                .country("SEN")
                .expertise(List.of("RELIGIOUS_SITE"), List.of("UAS"), List.of())
                .languages(Map.of("fr", "NATIVE"))
                .regions("011")
                .biography("Protection des édifices religieux."));
        jakarta = admission.admit(ExpertFixtures.expert()
                .name("Budi", "Jakarta" + token)
                .country("IDN")
                .expertise(List.of("MAJOR_EVENT"), List.of("IED"), List.of())
                .languages(Map.of("en", "FLUENT"))
                .regions("035")
                .biography("Stadium security."));
        lyon = admission.admit(ExpertFixtures.expert()
                .name("Claire", "Lyon" + token)
                .country("FRA")
                .expertise(List.of("RELIGIOUS_SITE"), List.of(), List.of("RISK_ASSESSMENT"))
                .languages(Map.of("en", "WORKING", "fr", "NATIVE"))
                .regions("155")
                .unavailable());
        hidden = admission.admit(ExpertFixtures.expert()
                .name("Hana", "Hidden" + token)
                .expertise(List.of("RELIGIOUS_SITE"), List.of(), List.of())
                .hide(ProfileField.EXPERTISE, ProfileField.COUNTRY, ProfileField.LANGUAGES, ProfileField.REGIONS));
    }

    private List<Integer> ids(String query, Role role) throws Exception {
        String json = mvc.perform(get("/api/v1/network/experts?size=200&q=" + token + "&" + query)
                        .with(SignedIn.as(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.items[*].id");
    }

    private List<Integer> ids(String query) throws Exception {
        return ids(query, Role.EXPERT);
    }

    private static Integer[] of(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> (int) id).toArray(Integer[]::new);
    }

    @Test
    void wordsAreFoundWhateverTheAccentsAndCapitals() throws Exception {
        assertThat(ids("")).containsExactlyInAnyOrder(of(dakar, jakarta, lyon, hidden));
        assertThat(ids("q=EDIFICES")).containsExactly(of(dakar));
        assertThat(ids("q=aissatou")).containsExactly(of(dakar));
        assertThat(ids("q=stadium")).containsExactly(of(jakarta));
        assertThat(ids("q=Risk+assessment")).containsExactly(of(lyon));
        assertThat(ids("q=drones")).containsExactly(of(dakar));
        assertThat(ids("q=nothing-like-this")).isEmpty();
    }

    @Test
    void severalValuesOfAFilterAreAlternativesAndFiltersAllApply() throws Exception {
        assertThat(ids("targetType=RELIGIOUS_SITE")).containsExactlyInAnyOrder(of(dakar, lyon));
        assertThat(ids("targetType=RELIGIOUS_SITE", Role.PROGRAMME_OFFICER))
                .containsExactlyInAnyOrder(of(dakar, lyon, hidden));
        assertThat(ids("targetType=RELIGIOUS_SITE&targetType=MAJOR_EVENT"))
                .containsExactlyInAnyOrder(of(dakar, jakarta, lyon));
        assertThat(ids("targetType=RELIGIOUS_SITE&language=en")).containsExactly(of(lyon));
        assertThat(ids("language=en&language=fr")).containsExactlyInAnyOrder(of(dakar, jakarta, lyon));
        assertThat(ids("threatType=UAS&threatType=IED&country=IDN")).containsExactly(of(jakarta));
        assertThat(ids("theme=RISK_ASSESSMENT")).containsExactly(of(lyon));
        assertThat(ids("country=SEN")).containsExactly(of(dakar));
        assertThat(ids("country=SEN", Role.ADMINISTRATOR)).containsExactlyInAnyOrder(of(dakar, hidden));
    }

    @Test
    void aRegionFindsExpertsOfTheRegionsInsideIt() throws Exception {
        assertThat(ids("region=002")).containsExactly(of(dakar));
        assertThat(ids("region=202")).containsExactly(of(dakar));
        assertThat(ids("region=142")).containsExactly(of(jakarta));
        assertThat(ids("region=150&region=002")).containsExactlyInAnyOrder(of(dakar, lyon));
    }

    @Test
    void availabilityFilters() throws Exception {
        assertThat(ids("available=true")).containsExactlyInAnyOrder(of(dakar, jakarta, hidden));
        assertThat(ids("available=false")).containsExactly(of(lyon));
    }

    @Test
    void pagesAreCountedAndSortedByFamilyName() throws Exception {
        mvc.perform(get("/api/v1/network/experts?q=" + token + "&size=2&page=1").with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(4))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[0].familyName").value("Jakarta" + token))
                .andExpect(jsonPath("$.items[1].familyName").value("Lyon" + token));
        String page = mvc.perform(get("/network/experts?q=" + token).with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("1–4").contains("<h1>").contains("Dakar" + token);
        String fragment = mvc.perform(get("/network/experts?q=" + token)
                        .header("HX-Request", "true")
                        .with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("Dakar" + token).doesNotContain("<h1>").doesNotContain("<html");
    }

    @Test
    void badParametersAreFieldProblems() throws Exception {
        for (String[] bad : new String[][] {
            {"targetType=NOPE", "targetType"},
            {"threatType=%3Cscript%3E", "threatType"},
            {"theme=1%27%20OR%201%3D1", "theme"},
            {"language=xx", "language"},
            {"country=ZZZ", "country"},
            {"region=999", "region"},
            {"size=201", "size"},
            {"size=0", "size"},
            {"page=-1", "page"},
            {"page=abc", "page"},
            {"available=maybe", "available"},
            {"q=" + "a".repeat(501), "q"}
        }) {
            mvc.perform(get("/api/v1/network/experts?" + bad[0]).with(SignedIn.as(Role.EXPERT)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        mvc.perform(get("/network/experts?targetType=NOPE").with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void hostileWordsAreSearchedForAndShownAsText() throws Exception {
        for (String q : List.of("<script>alert(1)</script>", "' OR 1=1 --", "%", "_", " ")) {
            mvc.perform(get("/api/v1/network/experts").param("q", q).with(SignedIn.as(Role.EXPERT)))
                    .andExpect(status().isOk());
        }
        String page = mvc.perform(get("/network/experts")
                        .param("q", "<script>alert(1)</script>")
                        .with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script");
    }
}
