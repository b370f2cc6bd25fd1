package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AdministrationFixtures.PASSWORD;
import static org.vtprotect.account.AdministrationFixtures.asAdmin;
import static org.vtprotect.account.AdministrationFixtures.create;
import static org.vtprotect.account.AdministrationFixtures.json;
import static org.vtprotect.account.AdministrationFixtures.uniqueEmail;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The audit trail page, and hostile text typed into accounts and filters shown as inert text. */
@IntegrationTest
class AuditTrailPageIntegrationTests {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SQL = "' OR 1=1 --";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Test
    void auditPageFiltersByActionNewestFirstWithTranslatedNames() throws Exception {
        String email = uniqueEmail("audit-page");
        create(mvc, accounts, email, "Audit page", PASSWORD, Role.EXPERT);
        create(mvc, accounts, uniqueEmail("audit-page-2"), "Audit page 2", PASSWORD, Role.EXPERT);

        Document trail = page(get("/admin/audit?action=ACCOUNT_CREATED&lang=fr"));
        assertThat(trail.select("h1").text()).isEqualTo("Journal d’audit");
        assertThat(trail.select("select#action option[selected]").text()).isEqualTo("Compte créé");
        assertThat(trail.select("select#action option").eachAttr("value"))
                .contains("", "SIGN_IN", "ACCOUNT_CREATED", "ROLES_CHANGED", "ACCOUNT_DISABLED");
        var rows = trail.select("tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows.eachText()).allMatch(row -> row.contains("Compte créé"));
        assertThat(rows.get(1).text()).contains(email);
        Instant newest = Instant.parse(rows.get(0).select("time").attr("datetime"));
        Instant older = Instant.parse(rows.get(1).select("time").attr("datetime"));
        assertThat(newest).isAfterOrEqualTo(older);
        assertThat(trail.select("thead th").eachText())
                .containsExactly("Date (UTC)", "Auteur", "Action", "Cible", "Adresse IP", "Détails");
    }

    @Test
    void auditPageIsForAdministratorsOnly() throws Exception {
        for (Role role : Role.values()) {
            if (role != Role.ADMINISTRATOR) {
                mvc.perform(get("/admin/audit").with(SignedIn.as(role))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
        create(mvc, accounts, uniqueEmail("audit-fragment"), "Audit fragment", PASSWORD, Role.EXPERT);
        String fragment = mvc.perform(
                        get("/admin/audit").header("HX-Request", "true").with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("<table");
    }

    @Test
    void hostileDisplayNamesAreStoredAsTypedAndShownInert() throws Exception {
        String prefix = "hostile" + System.nanoTime();
        long script = create(mvc, accounts, prefix + "-script@example.org", SCRIPT, PASSWORD, Role.EXPERT);
        create(mvc, accounts, prefix + "-sql@example.org", SQL, PASSWORD, Role.EXPERT);

        mvc.perform(get("/api/v1/users/" + script).with(asAdmin(accounts)))
                .andExpect(jsonPath("$.displayName").value(SCRIPT));
        mvc.perform(get("/api/v1/users").param("q", SQL).with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].displayName").value(SQL));

        String html = body(get("/admin/accounts").param("q", prefix));
        assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document list = Jsoup.parse(html);
        assertThat(list.select("tbody td").eachText()).contains(SCRIPT, SQL);
        assertThat(list.select("tbody script")).isEmpty();

        Document searched = page(get("/admin/accounts").param("q", SCRIPT));
        assertThat(searched.select("input#q").attr("value")).isEqualTo(SCRIPT);
        assertThat(searched.select("tbody tr")).hasSize(1);
        assertThat(searched.select("main script")).isEmpty();

        Document edit = page(get("/admin/accounts/" + script));
        assertThat(edit.select("input#displayName").attr("value")).isEqualTo(SCRIPT);
        assertThat(edit.select("main script")).isEmpty();
    }

    @Test
    void hostileActorsAndFiltersAreShownInertInTheAuditTrail() throws Exception {
        for (String typed : new String[] {SCRIPT, SQL}) {
            mvc.perform(post("/api/v1/auth/token")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":" + json(typed) + ",\"password\":\"wrong-password\"}"))
                    .andExpect(status().isUnauthorized());
        }
        String html = body(get("/admin/audit").param("actor", "<script>"));
        assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document trail = Jsoup.parse(html);
        assertThat(trail.select("input#actor").attr("value")).isEqualTo("<script>");
        Element row = trail.select("tbody tr").first();
        assertThat(row.select("td").get(1).text()).isEqualTo(SCRIPT);
        assertThat(row.text()).contains("Sign-in failed");
        assertThat(trail.select("main script")).isEmpty();

        mvc.perform(get("/api/v1/audit").param("actor", SQL).with(asAdmin(accounts)))
                .andExpect(jsonPath("$.items[*].actor").value(everyItem(is("' or 1=1 --"))))
                // other test classes share the database and may have failed sign-ins with the same text
                .andExpect(jsonPath("$.totalItems").value(greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/v1/audit")
                        .param("action", "'; DROP TABLE audit_event; --")
                        .with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        Document unknownAction = page(get("/admin/audit").param("action", "'; DROP TABLE audit_event; --"));
        assertThat(unknownAction.select("select#action option[selected]")).isEmpty();
        assertThat(unknownAction.select("tbody tr")).isNotEmpty();
        page(get("/admin/audit").param("actor", "x".repeat(10_000)));
        page(get("/admin/accounts").param("q", "y".repeat(10_000)));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(body(request));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(asAdmin(accounts)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
