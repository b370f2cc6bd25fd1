package org.vtprotect.event;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.idOf;
import static org.vtprotect.event.EventFixtures.unique;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * The statistics on a fixture worked out by hand. Every event of the fixture starts in 2090, a year
 * no other test uses, so the period figures are the fixture's alone.
 *
 * <pre>
 * Events: E1 2090-03-10..11 meeting, E2 2090-06-15..16 meeting, E3 2090-09-01 workshop,
 *         E4 2090-10-01 meeting left in DRAFT (so out of the period figures).
 * Organisations: "Ministry of Interior" in TJK, typed three ways (Title, UPPER, lower case) = 1 entity;
 *                a Holy See mission (religious, VAT); a Palestinian society (civil society, PSE).
 * Registrations, in this order (a = attended):
 *   E1: P1 Amina F TJK ministry (a), P2 Bek M TJK MINISTRY (a)
 *   E2: P1 (a), P3 Lola undisclosed TJK ministry (not attended), P4 Pietro M VAT mission speaker (a)
 *   E3: P5 Leila undisclosed PSE society observer (a), P6 Tom OTHER FRA no organisation moderator (a),
 *       P1 speaker (a)                       -> P1's latest attended registration: E3, as SPEAKER
 *   E4: P7 in the draft (a)                  -> never counted in the period
 * Period 2090:
 *   events 3; registered 2+3+3 = 8; attended 2+2+3 = 7
 *   participants P1 P2 P4 P5 P6 = 5; entities ministry, mission, society = 3
 *   memberStates TJK FRA = 2; observerStates VAT PSE = 2
 *   byGender (latest registration): P1 F, P2 M, P4 M, P5 U, P6 O -> F1 M2 O1 U1 = 5
 *   byRole: P1 SPEAKER, P2 PARTICIPANT, P4 SPEAKER, P5 OBSERVER, P6 MODERATOR -> 1,2,1,0,1 = 5
 *   byRegion: TJK 142 (P1 P2), PSE 142 (P5), VAT 150 (P4), FRA 150 (P6) -> 142: 3, 150: 2 = 5
 *   byOrganisationType: government 2 (P1 P2), religious 1, civil society 1, unspecified 1 (P6) = 5
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    long e1;
    long e2;
    long e3;
    long e4;

    @BeforeAll
    void fixture() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        e1 = event("2090-03-10", "2090-03-11", "EXPERT_GROUP_MEETING", true);
        e2 = event("2090-06-15", "2090-06-16", "EXPERT_GROUP_MEETING", true);
        e3 = event("2090-09-01", "2090-09-01", "WORKSHOP", true);
        e4 = event("2090-10-01", "2090-10-01", "EXPERT_GROUP_MEETING", false);
        String ministry = "Ministry of Interior " + s;
        String p1 = "amina." + s + "@example.org";
        attend(
                e1,
                register(e1, p1, "FEMALE", ministry, "MEMBER_STATE_GOVERNMENT", "TJK", "TJK", "PARTICIPANT"),
                "2090-03-10");
        attend(
                e1,
                register(
                        e1,
                        "bek." + s + "@example.org",
                        "MALE",
                        ministry.toUpperCase(),
                        "MEMBER_STATE_GOVERNMENT",
                        "TJK",
                        "TJK",
                        "PARTICIPANT"),
                "2090-03-11");
        attend(
                e2,
                register(
                        e2,
                        p1.toUpperCase(),
                        "FEMALE",
                        ministry,
                        "MEMBER_STATE_GOVERNMENT",
                        "TJK",
                        "TJK",
                        "PARTICIPANT"),
                "2090-06-15",
                "2090-06-16");
        register(
                e2,
                "lola." + s + "@example.org",
                "UNDISCLOSED",
                ministry.toLowerCase(),
                "MEMBER_STATE_GOVERNMENT",
                "TJK",
                "TJK",
                "PARTICIPANT");
        attend(
                e2,
                register(
                        e2,
                        "pietro." + s + "@example.org",
                        "MALE",
                        "Holy See Mission " + s,
                        "RELIGIOUS_ORGANISATION",
                        "VAT",
                        "VAT",
                        "SPEAKER"),
                "2090-06-15");
        attend(
                e3,
                register(
                        e3,
                        "leila." + s + "@example.org",
                        null,
                        "Civil Defence Society " + s,
                        "CIVIL_SOCIETY",
                        "PSE",
                        "PSE",
                        "OBSERVER"),
                "2090-09-01");
        attend(
                e3,
                register(e3, "tom." + s + "@example.org", "OTHER", null, null, null, "FRA", "MODERATOR"),
                "2090-09-01");
        attend(
                e3,
                register(e3, " " + p1 + " ", "FEMALE", ministry, "MEMBER_STATE_GOVERNMENT", "TJK", "TJK", "SPEAKER"),
                "2090-09-01");
        attend(
                e4,
                register(e4, "draft." + s + "@example.org", "MALE", null, null, null, "TJK", "PARTICIPANT"),
                "2090-10-01");
    }

    @Test
    void periodFiguresMatchTheHandCount() throws Exception {
        period("from", "2090-01-01", "to", "2090-12-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events").value(3))
                .andExpect(jsonPath("$.registered").value(8))
                .andExpect(jsonPath("$.attended").value(7))
                .andExpect(jsonPath("$.participants").value(5))
                .andExpect(jsonPath("$.entities").value(3))
                .andExpect(jsonPath("$.memberStates").value(2))
                .andExpect(jsonPath("$.observerStates").value(2))
                .andExpect(jsonPath("$.byGender.FEMALE").value(1))
                .andExpect(jsonPath("$.byGender.MALE").value(2))
                .andExpect(jsonPath("$.byGender.OTHER").value(1))
                .andExpect(jsonPath("$.byGender.UNDISCLOSED").value(1))
                .andExpect(jsonPath("$.byRole.PARTICIPANT").value(1))
                .andExpect(jsonPath("$.byRole.SPEAKER").value(2))
                .andExpect(jsonPath("$.byRole.MODERATOR").value(1))
                .andExpect(jsonPath("$.byRole.ORGANISER").value(0))
                .andExpect(jsonPath("$.byRole.OBSERVER").value(1))
                .andExpect(jsonPath("$.byRegion.142").value(3))
                .andExpect(jsonPath("$.byRegion.150").value(2))
                .andExpect(
                        jsonPath("$.byOrganisationType.MEMBER_STATE_GOVERNMENT").value(2))
                .andExpect(
                        jsonPath("$.byOrganisationType.RELIGIOUS_ORGANISATION").value(1))
                .andExpect(jsonPath("$.byOrganisationType.CIVIL_SOCIETY").value(1))
                .andExpect(jsonPath("$.byOrganisationType.UNSPECIFIED").value(1));
    }

    /** Every breakdown has exactly the parts above: they add up to the 5 participants. */
    @Test
    void breakdownsAddUpToTheParticipants() throws Exception {
        String json = period("from", "2090-01-01", "to", "2090-12-31")
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String breakdown : new String[] {"byGender", "byRole", "byRegion", "byOrganisationType"}) {
            java.util.Map<String, Number> parts = com.jayway.jsonpath.JsonPath.read(json, "$." + breakdown);
            long total = parts.values().stream().mapToLong(Number::longValue).sum();
            org.assertj.core.api.Assertions.assertThat(total).as(breakdown).isEqualTo(5);
        }
    }

    @Test
    void filtersNarrowTheCount() throws Exception {
        // E3 alone: P5 P6 P1 attended; entities society + ministry; members FRA TJK; observer PSE
        period("from", "2090-01-01", "to", "2090-12-31", "type", "WORKSHOP")
                .andExpect(jsonPath("$.events").value(1))
                .andExpect(jsonPath("$.registered").value(3))
                .andExpect(jsonPath("$.participants").value(3))
                .andExpect(jsonPath("$.entities").value(2))
                .andExpect(jsonPath("$.memberStates").value(2))
                .andExpect(jsonPath("$.observerStates").value(1));
        // people representing TJK: P1 (E1 E2 E3), P2 (E1), P3 (E2, absent) -> 5 registered, 4 attended, 2 people
        period("from", "2090-01-01", "to", "2090-12-31", "country", "tjk")
                .andExpect(jsonPath("$.registered").value(5))
                .andExpect(jsonPath("$.attended").value(4))
                .andExpect(jsonPath("$.participants").value(2))
                .andExpect(jsonPath("$.entities").value(1))
                .andExpect(jsonPath("$.memberStates").value(1))
                .andExpect(jsonPath("$.observerStates").value(0));
        // Europe (150): P4 (VAT) and P6 (FRA)
        period("from", "2090-01-01", "to", "2090-12-31", "region", "150")
                .andExpect(jsonPath("$.participants").value(2))
                .andExpect(jsonPath("$.memberStates").value(1))
                .andExpect(jsonPath("$.observerStates").value(1));
        // the first half of the year: E1 and E2
        period("from", "2090-01-01", "to", "2090-06-30")
                .andExpect(jsonPath("$.events").value(2))
                .andExpect(jsonPath("$.participants").value(3));
    }

    @Test
    void oneEventsFiguresEvenForADraft() throws Exception {
        // E2: P1 and P4 attended, P3 did not
        mvc.perform(get("/api/v1/events/" + e2 + "/statistics").with(SignedIn.as(Role.PARTNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events").value(1))
                .andExpect(jsonPath("$.registered").value(3))
                .andExpect(jsonPath("$.attended").value(2))
                .andExpect(jsonPath("$.participants").value(2))
                .andExpect(jsonPath("$.entities").value(2))
                .andExpect(jsonPath("$.memberStates").value(1))
                .andExpect(jsonPath("$.observerStates").value(1))
                .andExpect(jsonPath("$.byGender.FEMALE").value(1))
                .andExpect(jsonPath("$.byGender.MALE").value(1));
        mvc.perform(get("/api/v1/events/" + e4 + "/statistics").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(jsonPath("$.participants").value(1));
        mvc.perform(get("/api/v1/events/987654321/statistics").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void badFiltersAreFieldErrors() throws Exception {
        for (String[] bad : new String[][] {
            {"from", "last year"}, {"type", "PICNIC"}, {"country", "XXX"}, {"region", "999"}, {"region", "' OR 1=1 --"}
        }) {
            period(bad[0], bad[1])
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]));
        }
    }

    private ResultActions period(String... params) throws Exception {
        var request = get("/api/v1/statistics/events").with(SignedIn.as(Role.PROGRAMME_OFFICER));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private long event(String start, String end, String type, boolean publish) throws Exception {
        long id = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(unique("Statistics fixture"), start, end, null)
                                .replace("EXPERT_GROUP_MEETING", type))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        if (publish) {
            EventFixtures.moveTo(mvc, id, "PUBLISHED");
        }
        return id;
    }

    private long register(
            long event,
            String email,
            @Nullable String gender,
            @Nullable String organisation,
            @Nullable String organisationType,
            @Nullable String organisationCountry,
            String represented,
            String role)
            throws Exception {
        String organisationJson = organisation == null
                ? "null"
                : "{\"name\":\"%s\",\"type\":\"%s\",\"countryIso3\":\"%s\"}"
                        .formatted(organisation, organisationType, organisationCountry);
        String json = """
                {"givenName":"Given","familyName":"Family","email":"%s","gender":%s,"organisation":%s,
                 "representedCountryIso3":"%s","role":"%s","consent":true}
                """.formatted(
                        email, gender == null ? "null" : "\"" + gender + "\"", organisationJson, represented, role);
        return idOf(mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private void attend(long event, long registration, String... days) throws Exception {
        mvc.perform(put("/api/v1/events/" + event + "/registrations/" + registration + "/attendance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[\"" + String.join("\",\"", days) + "\"]}")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk());
    }
}
