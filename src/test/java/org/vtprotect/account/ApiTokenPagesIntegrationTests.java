package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AccountFixtures.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.AuditEventRepository;
import org.vtprotect.account.security.ApiTokens;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;

@IntegrationTest
class ApiTokenPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditEventRepository audit;

    AccountFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(accounts, encoder);
    }

    @Test
    void theListRendersForEveryRole() throws Exception {
        for (Role role : Role.values()) {
            Document page = page(mvc.perform(get("/me/tokens").with(as(fixtures.create(role))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(page.select("main").text()).contains("You have no API token yet.");
            assertThat(page.select("#lifetime option").eachAttr("value")).containsExactly("30", "90", "365");
        }
    }

    @Test
    void aNewTokenIsShownOnceThenListedItOpensTheApiUntilRevoked() throws Exception {
        Account expert = fixtures.create(Role.EXPERT);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/me/tokens")
                        .session(session)
                        .with(as(expert))
                        .with(csrf())
                        .param("name", "Monthly statistics")
                        .param("lifetime", "90"))
                .andExpect(redirectedUrl("/me/tokens"));

        Document first = page(mvc.perform(get("/me/tokens").session(session).with(as(expert)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        String token = first.select("#minted-token").text();
        assertThat(token).startsWith("vtp_").hasSizeGreaterThan(40);
        assertThat(first.select("#minted").text()).contains("Monthly statistics", "only this once");
        var row = first.select("tbody tr").first();
        assertThat(row.text()).contains("Monthly statistics", token.substring(0, 10), "Active", "Never");

        Document second = page(mvc.perform(get("/me/tokens").session(session).with(as(expert)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(second.select("#minted")).isEmpty();
        assertThat(second.html()).doesNotContain(token);

        var stored = tokens.of(expert.id()).get(0);
        assertThat(stored.expiresAt())
                .isCloseTo(Instant.now().plus(90, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(expert.email()));
        Document used = page(mvc.perform(get("/me/tokens").with(as(expert)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(used.select("tbody tr").first().text()).doesNotContain("Never");

        mvc.perform(post("/me/tokens/" + stored.id() + "/revoke")
                        .with(as(expert))
                        .with(csrf()))
                .andExpect(redirectedUrl("/me/tokens"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        Document revoked = page(mvc.perform(get("/me/tokens").with(as(expert)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(revoked.select("tbody tr").first().text()).contains("Revoked");
        assertThat(revoked.select("tbody form")).isEmpty();
        assertThat(audit.filter(AuditAction.TOKEN_REVOKED, expert.email(), PageRequest.of(0, 5))
                        .getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        Account owner = fixtures.create(Role.PARTNER);
        Account other = fixtures.create(Role.ADMINISTRATOR);
        var minted = tokens.mint(owner, "Owner's script", tokens.defaultLifetime());

        mvc.perform(post("/me/tokens/" + minted.id() + "/revoke")
                        .with(as(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/tokens/999999999/revoke").with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + minted.token()))
                .andExpect(status().isOk());
        Document othersList = page(mvc.perform(get("/me/tokens").with(as(other)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(othersList.text()).doesNotContain("Owner's script");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|30|name|Enter a name for the token.",
                "'   '|30|name|Enter a name for the token.",
                "LONG|30|name|Use at most 100 characters.",
                "Script|7|lifetime|Choose 30, 90 or 365 days.",
                "Script|abc|lifetime|Choose 30, 90 or 365 days.",
                "Script|''|lifetime|Choose 30, 90 or 365 days."
            })
    void wrongInputIsRefusedBesideTheField(String name, String lifetime, String field, String message)
            throws Exception {
        Account expert = fixtures.create(Role.EXPERT);
        String typed = "LONG".equals(name) ? "x".repeat(101) : name;
        Document page = page(mvc.perform(post("/me/tokens")
                        .with(as(expert))
                        .with(csrf())
                        .param("name", typed)
                        .param("lifetime", lifetime))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#" + field + "-error").text()).isEqualTo(message);
        assertThat(page.select("#error-summary a[href=#" + field + "]")).hasSize(1);
        assertThat(page.select("#name").val()).isEqualTo(typed);
        assertThat(tokens.of(expert.id())).isEmpty();
    }

    @Test
    void aScriptAsATokenNameIsShownAsText() throws Exception {
        Account expert = fixtures.create(Role.EXPERT);
        mvc.perform(post("/me/tokens")
                        .with(as(expert))
                        .with(csrf())
                        .param("name", "<script>alert(1)</script>")
                        .param("lifetime", "365"))
                .andExpect(status().isFound());
        String html = mvc.perform(get("/me/tokens").with(as(expert)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
