package org.vtprotect.event;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.SignedIn;

/** Small factories for event tests: unique titles, JSON bodies a client would send, events made through the API. */
final class EventFixtures {

    private EventFixtures() {}

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A public in-person meeting in Vienna, with the given title, dates and capacity (null: unlimited). */
    static String eventJson(String title, String start, String end, Integer capacity) {
        return """
                {"title":"%s","type":"EXPERT_GROUP_MEETING","startDate":"%s","endDate":"%s",
                 "timeZone":"Europe/Vienna","format":"IN_PERSON","venue":{"city":"Vienna","countryIso3":"AUT"},
                 "description":"Good practices","themes":[],"targetTypes":[],"organiserIds":[],
                 "visibility":"PUBLIC","capacity":%s,"languages":["en","fr"]}
                """.formatted(title, start, end, capacity == null ? "null" : capacity.toString());
    }

    /** A published public event made by a programme officer; its id. */
    static long publishedEvent(MockMvc mvc, String start, String end, Integer capacity) throws Exception {
        long id = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(unique("Meeting"), start, end, capacity))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        moveTo(mvc, id, "PUBLISHED");
        return id;
    }

    static void moveTo(MockMvc mvc, long id, String state) throws Exception {
        mvc.perform(put("/api/v1/events/" + id + "/state")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"" + state + "\"}")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk());
    }

    /** A registration body with consent, for an organisation typed by name. */
    static String registrationJson(
            String email, String gender, String organisationName, String organisationCountry, String represented) {
        return """
                {"givenName":"Amina","familyName":"Rahimova","email":"%s","gender":"%s",
                 "organisation":{"name":"%s","type":"MEMBER_STATE_GOVERNMENT","countryIso3":"%s"},
                 "representedCountryIso3":"%s","role":"PARTICIPANT","consent":true}
                """.formatted(email, gender, organisationName, organisationCountry, represented);
    }

    static long idOf(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
