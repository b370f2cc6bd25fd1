package org.vtprotect.directory.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.directory.Gender;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

@IntegrationTest
class PersonApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Test
    void staffSearchPeopleByNameOrAddressWithoutAccents() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var organisation = organisations.create(
                new Organisations.Details("Khatlon Region Office " + suffix, null, "LOCAL_GOVERNMENT", "TJK"));
        var zoe = people.create(new People.Details(
                "zoe." + suffix + "@example.org", "Zoé", "Ünal", Gender.FEMALE, organisation.id(), "TJK"));
        people.create(new People.Details("adam." + suffix + "@example.org", "Adam", "Bakr", Gender.MALE, null, "TUN"));

        mvc.perform(get("/api/v1/people").param("q", "zoe unal").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].email").value("zoe." + suffix + "@example.org"))
                .andExpect(jsonPath("$.items[0].gender").value("FEMALE"))
                .andExpect(jsonPath("$.items[0].organisationId").value(organisation.id()))
                .andExpect(jsonPath("$.items[0].countryIso3").value("TJK"));
        mvc.perform(get("/api/v1/people")
                        .param("q", suffix)
                        .param("country", "tun")
                        .with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].familyName").value("Bakr"));
        mvc.perform(get("/api/v1/people")
                        .param("organisation", String.valueOf(organisation.id()))
                        .with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/v1/people/" + zoe.id()).with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.givenName").value("Zoé"));
    }

    @Test
    void badFiltersAndPagesAreFieldErrors() throws Exception {
        for (String[] bad : List.of(
                new String[] {"size", "201"},
                new String[] {"page", "-1"},
                new String[] {"country", "XXX"},
                new String[] {"organisation", "abc"})) {
            mvc.perform(get("/api/v1/people").param(bad[0], bad[1]).with(SignedIn.as(Role.ADMINISTRATOR)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[*].field", hasItem(bad[0])));
        }
        mvc.perform(get("/api/v1/people/987654321").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isNotFound());
    }

    @Test
    void peopleArePersonalDataHiddenFromEveryoneButStaff() throws Exception {
        var person = people.record(new People.Details(
                UUID.randomUUID() + "@example.org", "Private", "Person", Gender.UNDISCLOSED, null, null));
        for (Role role : List.of(Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR)) {
            mvc.perform(get("/api/v1/people").with(SignedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/people/" + person.id()).with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/people/" + person.id())).andExpect(status().isUnauthorized());
    }
}
