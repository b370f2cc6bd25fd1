package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.idOf;
import static org.vtprotect.event.EventFixtures.publishedEvent;
import static org.vtprotect.event.EventFixtures.registrationJson;
import static org.vtprotect.event.EventFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vtprotect.directory.People;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

@IntegrationTest
class RegistrationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    ResultActions register(long eventId, String json) throws Exception {
        return mvc.perform(post("/api/v1/events/" + eventId + "/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anyoneRegistersOncePerAddressAndTheOrganisationIsMatchedWhateverItsCapitals() throws Exception {
        long event = publishedEvent(mvc, "2031-06-15", "2031-06-16", null);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ministry = "Ministry of Interior " + suffix;
        String first = register(
                        event,
                        registrationJson("  Amina." + suffix + "@Example.ORG ", "FEMALE", ministry, "TJK", "TJK"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.gender").value("FEMALE"))
                .andExpect(jsonPath("$.representedCountryIso3").value("TJK"))
                .andExpect(jsonPath("$.consentedAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long organisationId = ((Number) JsonPath.read(first, "$.organisationId")).longValue();
        long personId = ((Number) JsonPath.read(first, "$.personId")).longValue();
        assertThat(people.findByEmail("amina." + suffix + "@example.org"))
                .get()
                .extracting(People.View::id)
                .isEqualTo(personId);

        register(event, registrationJson("AMINA." + suffix + "@example.org", "FEMALE", ministry, "TJK", "TJK"))
                .andExpect(status().isConflict());
        register(
                        event,
                        registrationJson(
                                "bek." + suffix + "@example.org", "MALE", ministry.toUpperCase(), "TJK", "TJK"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationId").value(organisationId));
        register(
                        event,
                        registrationJson(
                                "lola." + suffix + "@example.org",
                                "",
                                "  " + ministry.toLowerCase() + " ",
                                "tjk",
                                "TJK"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationId").value(organisationId))
                .andExpect(jsonPath("$.gender").value("UNDISCLOSED"));
    }

    @Test
    void badDetailsAreFieldErrorsAndConsentIsNeededFromTheRegistrantThemself() throws Exception {
        long event = publishedEvent(mvc, "2031-06-15", "2031-06-16", null);
        register(event, """
                {"givenName":"","familyName":"<script>alert(1)</script>","email":"not-an-address","gender":"X",
                 "organisation":{"name":"Somewhere","type":"NOPE","countryIso3":"XXX"},
                 "representedCountryIso3":"ZZZ","role":"KING","consent":false}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        containsInAnyOrder(
                                "givenName",
                                "email",
                                "gender",
                                "role",
                                "representedCountryIso3",
                                "organisation.type",
                                "organisation.countryIso3",
                                "consent")));
        register(
                        event,
                        "{\"givenName\":\"A\",\"familyName\":\"B\",\"email\":\"a@b.org\",\"organisation\":{\"id\":987654321},\"consent\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation.id"));
    }

    @Test
    void anonymousRegistrationNeedsAPublicEventWithOpenRegistration() throws Exception {
        String body = registrationJson(unique("x").replace(" ", "") + "@example.org", "MALE", "Office", "TUN", "TUN");
        long draft = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(unique("Draft"), "2031-06-15", "2031-06-15", null))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        register(draft, body).andExpect(status().isNotFound());
        long closed = publishedEvent(mvc, "2031-06-15", "2031-06-15", null);
        EventFixtures.moveTo(mvc, closed, "REGISTRATION_CLOSED");
        register(closed, body).andExpect(status().isConflict());
        long past = publishedEvent(mvc, "2020-06-15", "2020-06-15", null);
        register(past, body).andExpect(status().isConflict());
        // an organiser still registers people for it, without the registrant's consent
        mvc.perform(post("/api/v1/events/" + past + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"consent\":true", "\"consent\":false"))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.consentedAt").isEmpty());
    }

    @Test
    void whenTheEventIsFullRegistrationsWait() throws Exception {
        long event = publishedEvent(mvc, "2031-07-01", "2031-07-01", 1);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        register(event, registrationJson("one." + suffix + "@example.org", "MALE", "Office " + suffix, "TUN", "TUN"))
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        register(event, registrationJson("two." + suffix + "@example.org", "MALE", "Office " + suffix, "TUN", "TUN"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("WAITLISTED"));
    }

    /**
     * Eight people register at once for the last three seats: exactly three get a seat and five
     * wait, however the requests interleave (a read-then-write seat count would give more seats).
     */
    @Test
    void concurrentRegistrationsForTheLastSeatsNeverOverbook() throws Exception {
        long event = publishedEvent(mvc, "2031-08-01", "2031-08-01", 3);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String json = registrationJson(
                    "p" + i + "." + suffix + "@example.org", "OTHER", "Org " + i + suffix, "TUN", "TUN");
            outcomes.add(pool.submit(() -> {
                start.await();
                return JsonPath.read(
                        register(event, json).andReturn().getResponse().getContentAsString(), "$.status");
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            statuses.add(outcome.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(3);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(5);
        mvc.perform(get("/api/v1/events/" + event))
                .andExpect(jsonPath("$.seatsTaken").value(3));
    }

    @Test
    void organisersRecordAttendanceOnDaysOfTheEventOnly() throws Exception {
        long event = publishedEvent(mvc, "2031-06-15", "2031-06-16", null);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long registration = idOf(
                register(event, registrationJson("att." + suffix + "@example.org", "FEMALE", "Office", "TUN", "TUN"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        String path = "/api/v1/events/" + event + "/registrations/" + registration + "/attendance";
        var officer = SignedIn.as(Role.PROGRAMME_OFFICER);
        mvc.perform(put(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[\"2031-06-16\",\"2031-06-15\"]}")
                        .with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[0]").value("2031-06-15"))
                .andExpect(jsonPath("$.days[1]").value("2031-06-16"));
        mvc.perform(put(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[\"2031-06-17\"]}")
                        .with(officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
        mvc.perform(put(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[\"someday\"]}")
                        .with(officer))
                .andExpect(status().isBadRequest());
        mvc.perform(put(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[\"2031-06-15\"]}")
                        .with(SignedIn.as(990_201L, "p@example.org", 123_456_789L, Role.PARTNER)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/events/" + event + "/registrations/987654321/attendance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[]}")
                        .with(officer))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/" + event + "/registrations").with(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].days[0]").value("2031-06-15"));
    }
}
