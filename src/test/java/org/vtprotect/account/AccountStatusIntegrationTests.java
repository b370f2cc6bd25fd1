package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AdministrationFixtures.ADMIN_EMAIL;
import static org.vtprotect.account.AdministrationFixtures.PASSWORD;
import static org.vtprotect.account.AdministrationFixtures.adminId;
import static org.vtprotect.account.AdministrationFixtures.asAdmin;
import static org.vtprotect.account.AdministrationFixtures.create;
import static org.vtprotect.account.AdministrationFixtures.json;
import static org.vtprotect.account.AdministrationFixtures.uniqueEmail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Disabling and enabling accounts: a disabled account loses its password and its tokens, every
 * change is in the audit trail, and the platform always keeps an enabled administrator.
 */
@IntegrationTest
class AccountStatusIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountAdministration administration;

    @Test
    void disabledAccountCanNeitherSignInNorUseItsTokenUntilEnabledAgain() throws Exception {
        String email = uniqueEmail("disabled");
        long id = create(mvc, accounts, email, "Soon disabled", PASSWORD, Role.EXPERT);
        String token = AdministrationFixtures.token(mvc, email, PASSWORD);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        mvc.perform(put("/api/v1/users/" + id)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Soon disabled\",\"roles\":[\"EXPERT\"],\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":" + json(email) + ",\"password\":" + json(PASSWORD) + "}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/login?error"));

        mvc.perform(put("/api/v1/users/" + id)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Soon disabled\",\"roles\":[\"EXPERT\"],\"enabled\":true}"))
                .andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void creationRoleChangeAndDisablingAreAudited() throws Exception {
        String email = uniqueEmail("audited");
        long id = create(mvc, accounts, email, "Audited", PASSWORD, Role.EXPERT);
        mvc.perform(put("/api/v1/users/" + id)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Audited again\",\"roles\":[\"EXPERT\",\"PARTNER\"]}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/" + id)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Audited again\",\"roles\":[\"EXPERT\",\"PARTNER\"],"
                                + "\"enabled\":false}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/audit?actor=ADMIN@example&size=10").with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("ACCOUNT_DISABLED"))
                .andExpect(jsonPath("$.items[0].target").value(email))
                .andExpect(jsonPath("$.items[0].actor").value(ADMIN_EMAIL))
                .andExpect(jsonPath("$.items[0].at").isString())
                .andExpect(jsonPath("$.items[1].action").value("ROLES_CHANGED"))
                .andExpect(jsonPath("$.items[1].detail").value("before=EXPERT; after=PARTNER,EXPERT"))
                .andExpect(jsonPath("$.items[2].action").value("ACCOUNT_UPDATED"))
                .andExpect(jsonPath("$.items[2].detail").value("changed=displayName"))
                .andExpect(jsonPath("$.items[3].action").value("ACCOUNT_CREATED"))
                .andExpect(jsonPath("$.items[3].target").value(email));
        mvc.perform(get("/api/v1/audit?action=ROLES_CHANGED&size=200").with(asAdmin(accounts)))
                .andExpect(jsonPath("$.items[*].action").value(everyItem(is("ROLES_CHANGED"))))
                .andExpect(jsonPath("$.items[*].target").value(hasItem(email)));
        mvc.perform(get("/api/v1/audit?action=ACCOUNT_ENABLED&actor=nobody-at-all")
                        .with(asAdmin(accounts)))
                .andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorDropTheirOwnAdministratorRole() throws Exception {
        long self = adminId(accounts);
        mvc.perform(put("/api/v1/users/" + self)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Administrator\",\"roles\":[\"ADMINISTRATOR\"],\"enabled\":false}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You cannot disable your own account."));
        mvc.perform(put("/api/v1/users/" + self)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Renamed while demoting\",\"roles\":[\"PROGRAMME_OFFICER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("You cannot remove your own administrator role. Ask another administrator to do it."));

        Account admin = accounts.findById(self).orElseThrow();
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.roles()).contains(Role.ADMINISTRATOR);
        assertThat(admin.displayName()).isEqualTo("Administrator");
    }

    @Test
    void anotherAdministratorMayBeDisabledButNeverTheLastOne() throws Exception {
        String otherEmail = uniqueEmail("second-admin");
        long other = create(mvc, accounts, otherEmail, "Second administrator", PASSWORD, Role.ADMINISTRATOR);
        RequestPostProcessor asOther = SignedIn.as(other, otherEmail, null, Role.ADMINISTRATOR);
        // the second administrator may take the role of the first away while they remain
        mvc.perform(put("/api/v1/users/" + other)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Second administrator\",\"roles\":[\"ADMINISTRATOR\"],"
                                + "\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/" + other)
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Second administrator\",\"roles\":[\"ADMINISTRATOR\"],"
                                + "\"enabled\":true}"))
                .andExpect(status().isOk());

        // a session opened before its administrator role was taken away must not remove the last one
        administration
                .search("", Role.ADMINISTRATOR, true, AccountOrder.EMAIL, PageRequest.of(0, 200))
                .forEach(account -> {
                    if (!account.email().equals(ADMIN_EMAIL)) {
                        disableAsSystem(account.id());
                    }
                });
        long self = adminId(accounts);
        mvc.perform(put("/api/v1/users/" + self)
                        .with(asOther)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Administrator\",\"roles\":[\"EXPERT\"]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(startsWith("The platform must keep at least one enabled administrator.")));
        mvc.perform(put("/api/v1/users/" + self)
                        .with(asOther)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Administrator\",\"roles\":[\"ADMINISTRATOR\"],\"enabled\":false}"))
                .andExpect(status().isConflict());
        assertThat(accounts.findById(self).orElseThrow().enabled()).isTrue();
    }

    private void disableAsSystem(long id) {
        administration.disable(id);
    }
}
