package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AdministrationFixtures.PASSWORD;
import static org.vtprotect.account.AdministrationFixtures.asAdmin;
import static org.vtprotect.account.AdministrationFixtures.create;
import static org.vtprotect.account.AdministrationFixtures.newAccountJson;
import static org.vtprotect.account.AdministrationFixtures.uniqueEmail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** Creating, reading and changing accounts over {@code /api/v1/users}. */
@IntegrationTest
class AccountAdministrationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    Organisations organisations;

    @Test
    void createdAccountIsReturnedWithoutItsPasswordAndCanSignIn() throws Exception {
        String email = uniqueEmail("Created");
        long organisationId = organisations
                .findOrCreate("Test Ministry of the Interior", null, "MEMBER_STATE_GOVERNMENT", "TJK")
                .id();
        mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccountJson(
                                "  " + email + " ", "Amina Diallo", PASSWORD, organisationId, Role.FOCAL_POINT)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/users/")))
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.email").value(email.toLowerCase()))
                .andExpect(jsonPath("$.displayName").value("Amina Diallo"))
                .andExpect(jsonPath("$.roles[0]").value("FOCAL_POINT"))
                .andExpect(jsonPath("$.organisationId").value(organisationId))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.createdAt").isString())
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(content().string(not(containsString(PASSWORD))));

        String token = AdministrationFixtures.token(mvc, email, PASSWORD);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("FOCAL_POINT"));
    }

    @Test
    void locationLeadsToTheAccount() throws Exception {
        String email = uniqueEmail("located");
        String location = mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccountJson(email, "Located", null, null, Role.EXPERT, Role.PARTNER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(get(location).with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.roles.length()").value(2));
    }

    @Test
    void anAddressTakenInAnyCaseIsAConflict() throws Exception {
        String email = uniqueEmail("taken");
        create(mvc, accounts, email, "First", PASSWORD, Role.EXPERT);
        mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                newAccountJson(" " + email.toUpperCase() + " ", "Second", PASSWORD, null, Role.EXPERT)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("An account with this e-mail address already exists."));
    }

    @Test
    void shortPasswordIsRejectedOnItsField() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccountJson(uniqueEmail("short"), "Short", "elevenchars", null, Role.EXPERT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("Use at least 12 characters."));
    }

    @Test
    void unknownOrMissingRoleIsRejectedOnTheRolesField() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + uniqueEmail("king")
                                + "\",\"displayName\":\"King\",\"roles\":[\"KING\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("roles")));
        mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + uniqueEmail("none") + "\",\"displayName\":\"None\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose at least one role."));
    }

    @Test
    void everyProblemOfABadRequestIsNamedAtOnceAndTranslated() throws Exception {
        mvc.perform(post("/api/v1/users?lang=fr")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not an address\",\"displayName\":\"   \",\"roles\":[],"
                                + "\"organisationId\":987654321,\"password\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("displayName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("roles")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("organisationId")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("password")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("Choisissez au moins un rôle.")));
    }

    @Test
    void hugeOrMalformedInputIsA400NotA500() throws Exception {
        mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccountJson(
                                "x".repeat(400) + "@example.org", "y".repeat(201), "z".repeat(201), null, Role.EXPERT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/users/not-a-number").with(asAdmin(accounts))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/users/987654321").with(asAdmin(accounts))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users?role=KING").with(asAdmin(accounts)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
    }

    @Test
    void nonAdministratorsAreForbiddenAndAnonymousCallersMustSignIn() throws Exception {
        String email = uniqueEmail("forbidden");
        String body = newAccountJson(email, "Forbidden", PASSWORD, null, Role.ADMINISTRATOR);
        for (Role role : Role.values()) {
            if (role == Role.ADMINISTRATOR) {
                continue;
            }
            mvc.perform(post("/api/v1/users")
                            .with(SignedIn.as(role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/users").with(SignedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit").with(SignedIn.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/users")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
        assertThat(accounts.existsByEmail(email)).isFalse();
    }

    @Test
    void changingRolesNameAndOrganisation() throws Exception {
        long id = create(mvc, accounts, uniqueEmail("changed"), "Before", PASSWORD, Role.EXPERT);
        long organisationId = organisations
                .findOrCreate("Test Partner Entity", "TPE", "UN_ENTITY", null)
                .id();
        mvc.perform(put("/api/v1/users/" + id)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"After\",\"roles\":[\"PARTNER\",\"EXPERT\"],\"organisationId\":"
                                + organisationId + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("After"))
                .andExpect(jsonPath("$.roles[0]").value("PARTNER"))
                .andExpect(jsonPath("$.roles[1]").value("EXPERT"))
                .andExpect(jsonPath("$.organisationId").value(organisationId))
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(put("/api/v1/users/" + id)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"After\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
        mvc.perform(put("/api/v1/users/987654321")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Nobody\",\"roles\":[\"EXPERT\"]}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void listIsPagedAndFiltered() throws Exception {
        String prefix = "paged" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            create(mvc, accounts, prefix + "-" + i + "@example.org", "Paged " + i, PASSWORD, Role.EXPERT);
        }
        long partner = create(mvc, accounts, prefix + "-p@example.org", "Paged partner", PASSWORD, Role.PARTNER);
        mvc.perform(put("/api/v1/users/" + partner)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Paged partner\",\"roles\":[\"PARTNER\"],\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/v1/users?q=" + prefix.toUpperCase() + "&size=4").with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(6))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(4))
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.items[0].email").value(prefix + "-0@example.org"));
        mvc.perform(get("/api/v1/users?q=" + prefix + "&size=4&page=1").with(asAdmin(accounts)))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/v1/users?q=" + prefix + "&role=PARTNER").with(asAdmin(accounts)))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].enabled").value(false));
        mvc.perform(get("/api/v1/users?q=" + prefix + "&enabled=true").with(asAdmin(accounts)))
                .andExpect(jsonPath("$.totalItems").value(5));
        // a client asking for more than a page may hold is told so, as in every other list of the API
        mvc.perform(get("/api/v1/users?q=" + prefix + "&size=100000&page=-3").with(asAdmin(accounts)))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("page", "size")));
        mvc.perform(get("/api/v1/users?q=" + prefix + "&page=2147483647").with(asAdmin(accounts)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/users?q=" + prefix + "&size=200").with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(200));
        mvc.perform(get("/api/v1/users?q=%25").with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }
}
