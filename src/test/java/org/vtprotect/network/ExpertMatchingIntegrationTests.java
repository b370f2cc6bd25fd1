package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
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
 * Matching on a fixture whose order is known by hand (see {@link ExpertMatching} for the weights).
 * The need: religious sites, drones, French, Western Africa.
 *
 * <ul>
 *   <li>first: religious sites 3 + drones 3 + French native 3 + Western Africa 3 + available 1 = 13
 *       (with expertise and languages kept for the programme: officers see them);
 *   <li>second: 3 + 3 + French working knowledge 2 + Sub-Saharan Africa, which contains Western
 *       Africa, 1 + available 1 = 10;
 *   <li>third: religious sites 3 + French basic 1 + based in Senegal, in Western Africa, 2 = 6, not
 *       available;
 *   <li>fourth: drones 3 + available 1 = 4;
 *   <li>not listed: major events, English, Western Europe, in France.
 * </ul>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpertMatchingIntegrationTests {

    static final String NEED = """
            {"targetTypes":["RELIGIOUS_SITE"],"threatTypes":["UAS"],"themes":[],"languages":["fr"],
             "regions":["011"],"limit":100}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertFixtures.Admission admission;

    private long first;
    private long second;
    private long third;
    private long fourth;
    private long none;

    @BeforeAll
    void fixture() {
        first = admission.admit(ExpertFixtures.expert()
                .name("Mariam", "First")
                .country("SEN")
                .expertise(List.of("RELIGIOUS_SITE"), List.of("UAS"), List.of())
                .languages(Map.of("fr", "NATIVE"))
                .regions("011")
                .hide(ProfileField.EXPERTISE, ProfileField.LANGUAGES));
        second = admission.admit(ExpertFixtures.expert()
                .name("Samuel", "Second")
                .country("FRA")
                .expertise(List.of("RELIGIOUS_SITE"), List.of("UAS"), List.of())
                .languages(Map.of("fr", "WORKING"))
                .regions("202"));
        third = admission.admit(ExpertFixtures.expert()
                .name("Thierno", "Third")
                .country("SEN")
                .expertise(List.of("RELIGIOUS_SITE"), List.of(), List.of())
                .languages(Map.of("fr", "BASIC"))
                .regions("155")
                .unavailable());
        fourth = admission.admit(ExpertFixtures.expert()
                .name("Fatou", "Fourth")
                .country("FRA")
                .expertise(List.of("MAJOR_EVENT"), List.of("UAS"), List.of())
                .languages(Map.of("en", "NATIVE"))
                .regions("155"));
        none = admission.admit(ExpertFixtures.expert()
                .name("Nils", "None")
                .country("FRA")
                .expertise(List.of("MAJOR_EVENT"), List.of(), List.of())
                .languages(Map.of("en", "NATIVE"))
                .regions("155"));
    }

    private String match(String body) throws Exception {
        return mvc.perform(post("/api/v1/network/matches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void ranksTheFixtureInTheOrderWorkedOutByHand() throws Exception {
        String json = match(NEED);
        List<Integer> ids = JsonPath.read(json, "$[*].expertId");
        List<Integer> mine = ids.stream()
                .filter(id -> List.of((int) first, (int) second, (int) third, (int) fourth, (int) none)
                        .contains(id))
                .toList();
        assertThat(mine).containsExactly((int) first, (int) second, (int) third, (int) fourth);
        assertThat(score(json, first)).isEqualTo(13);
        assertThat(score(json, second)).isEqualTo(10);
        assertThat(score(json, third)).isEqualTo(6);
        assertThat(score(json, fourth)).isEqualTo(4);
        List<Integer> scores = JsonPath.read(json, "$[*].score");
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        assertThat(reasons(json, first))
                .containsExactly(
                        "Works on religious sites and places of worship",
                        "Knows the threat of unmanned aircraft systems (drones)",
                        "Speaks French (native)",
                        "Experience in Western Africa",
                        "Available for missions");
        assertThat(reasons(json, second)).contains("Speaks French (working knowledge)");
        assertThat(reasons(json, third))
                .contains("Based in Senegal, in Western Africa", "Not available for missions at present");
        List<String> names = JsonPath.read(json, "$[?(@.expertId == " + first + ")].name");
        assertThat(names).containsExactly("Mariam First");
    }

    @Test
    void reasonsAreInTheReadersLanguageAndTheLimitHolds() throws Exception {
        String json = mvc.perform(post("/api/v1/network/matches?lang=fr")
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEED)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(reasons(json, first)).contains("Parle Français (langue maternelle)");
        mvc.perform(post("/api/v1/network/matches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEED.replace("\"limit\":100", "\"limit\":2"))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void badNeedsAreFieldProblems() throws Exception {
        for (String[] bad : new String[][] {
            {"{\"targetTypes\":[\"NOPE\"]}", "targetTypes"},
            {"{\"threatTypes\":[\"<script>alert(1)</script>\"]}", "threatTypes"},
            {"{\"themes\":[\"' OR 1=1 --\"]}", "themes"},
            {"{\"languages\":[\"xx\"]}", "languages"},
            {"{\"regions\":[\"999\"]}", "regions"},
            {"{\"targetTypes\":[\"RELIGIOUS_SITE\"],\"limit\":0}", "limit"},
            {"{\"targetTypes\":[\"RELIGIOUS_SITE\"],\"limit\":101}", "limit"},
            {"{}", "targetTypes"}
        }) {
            mvc.perform(post("/api/v1/network/matches")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bad[0])
                            .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[1]));
        }
        for (Role role : new Role[] {Role.EXPERT, Role.ADMINISTRATOR}) {
            mvc.perform(post("/api/v1/network/matches")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(NEED)
                            .with(csrf())
                            .with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theMatchingPageShowsTheRankedListWithReasonsAndErrorsBesideFields() throws Exception {
        String page = mvc.perform(get("/manage/network/matching?asked=true&targetTypes=RELIGIOUS_SITE"
                                + "&threatTypes=UAS&languages=fr&regions=011&limit=100")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Mariam First").contains("Experience in Western Africa");
        assertThat(page.indexOf("Mariam First")).isLessThan(page.indexOf("Samuel Second"));
        assertThat(page).doesNotContain("Nils None");
        String errors = mvc.perform(
                        get("/manage/network/matching?asked=true&limit=500").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errors).contains("id=\"error-summary\"").contains("id=\"limit-error\"");
    }

    private static int score(String json, long id) {
        List<Integer> scores = JsonPath.read(json, "$[?(@.expertId == " + id + ")].score");
        return scores.get(0);
    }

    private static List<String> reasons(String json, long id) {
        List<List<String>> reasons = JsonPath.read(json, "$[?(@.expertId == " + id + ")].reasons");
        return reasons.get(0);
    }
}
