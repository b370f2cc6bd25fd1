package org.vtprotect.event;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

@IntegrationTest
class EventApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    long create(String json, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
        String body = mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(who))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void publish(long id) throws Exception {
        mvc.perform(put("/api/v1/events/" + id + "/state")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"PUBLISHED\"}")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"));
    }

    @Test
    void aProgrammeOfficerCreatesADraftThatOnlyStaffSeeUntilPublished() throws Exception {
        String title = unique("Protection of Religious Sites");
        String json = eventJson(title, "2031-01-19", "2031-01-20", 40);
        String body = mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.venue.countryIso3").value("AUT"))
                .andExpect(jsonPath("$.startDate").value("2031-01-19"))
                .andExpect(jsonPath("$.languages", containsInAnyOrder("en", "fr")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(get("/api/v1/events/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + id).with(SignedIn.as(Role.EXPERT))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events").param("from", "2031-01-19").param("to", "2031-01-19"))
                .andExpect(jsonPath("$.items[*].title", not(hasItem(title))));
        mvc.perform(get("/api/v1/events/" + id).with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk());

        publish(id);
        mvc.perform(get("/api/v1/events/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/events")
                        .param("from", "2031-01-19")
                        .param("to", "2031-01-19")
                        .param("type", "EXPERT_GROUP_MEETING"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", hasItem(title)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));
        mvc.perform(get("/api/v1/events").param("from", "2031-01-20").param("to", "2031-12-31"))
                .andExpect(jsonPath("$.items[*].title", not(hasItem(title))));
    }

    @Test
    void endBeforeStartAndUnknownCodesAreFieldErrors() throws Exception {
        String json = """
                {"title":"","type":"PICNIC","startDate":"2031-06-16","endDate":"2031-06-15","timeZone":"Mars/Olympus",
                 "format":"TELEPATHY","venue":{"city":"x","countryIso3":"XXX"},"themes":["NOPE"],"targetTypes":["NOPE"],
                 "organiserIds":[987654321],"visibility":"SECRET","capacity":0,"languages":["de"],
                 "onlineLink":"javascript:alert(1)"}
                """;
        mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder(
                                "title",
                                "type",
                                "endDate",
                                "timeZone",
                                "format",
                                "venue.countryIso3",
                                "themes",
                                "targetTypes",
                                "organiserIds",
                                "visibility",
                                "capacity",
                                "languages",
                                "onlineLink")));
        mvc.perform(get("/api/v1/events").param("size", "201")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/events").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aPartnerOrganisesWithTheirOrganisationAndOnlyTheyAndStaffChangeTheEvent() throws Exception {
        var partnerOrg = organisations.create(
                new Organisations.Details(unique("Partner Institute"), null, "INTERNATIONAL_ORGANISATION", null));
        var partner = SignedIn.as(990_101L, "partner@example.org", partnerOrg.id(), Role.PARTNER);
        var otherPartner = SignedIn.as(990_102L, "other@example.org", 123_456_789L, Role.PARTNER);
        String title = unique("Workshop on drones");
        String json = eventJson(title, "2031-03-01", "2031-03-01", null).replace("PUBLIC", "INVITATION_ONLY");
        long id = create(json, partner);

        mvc.perform(get("/api/v1/events/" + id).with(partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organiserIds", hasItem((int) partnerOrg.id())));
        mvc.perform(get("/api/v1/events/" + id).with(otherPartner)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/events/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(otherPartner))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/events/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.replace(title, title + " (revised)"))
                        .with(partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title + " (revised)"));
        mvc.perform(get("/api/v1/events")
                        .param("from", "2031-03-01")
                        .param("to", "2031-03-01")
                        .with(partner))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        mvc.perform(get("/api/v1/events").param("from", "2031-03-01").param("to", "2031-03-01"))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
    }

    @Test
    void stateChangesFollowTheAllowedPathsOnly() throws Exception {
        long id = create(
                eventJson(unique("Training"), "2031-04-01", "2031-04-02", null), SignedIn.as(Role.ADMINISTRATOR));
        var officer = SignedIn.as(Role.PROGRAMME_OFFICER);
        mvc.perform(put("/api/v1/events/" + id + "/state")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"HELD\"}")
                        .with(officer))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/events/" + id + "/state")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"<script>\"}")
                        .with(officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        publish(id);
        for (String state : new String[] {"REGISTRATION_CLOSED", "HELD"}) {
            mvc.perform(put("/api/v1/events/" + id + "/state")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"state\":\"" + state + "\"}")
                            .with(officer))
                    .andExpect(status().isOk());
        }
        mvc.perform(put("/api/v1/events/" + id + "/state")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"CANCELLED\"}")
                        .with(officer))
                .andExpect(status().isConflict());
    }
}
