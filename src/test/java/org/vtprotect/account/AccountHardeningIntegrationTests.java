package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AdministrationFixtures.PASSWORD;
import static org.vtprotect.account.AdministrationFixtures.create;
import static org.vtprotect.account.AdministrationFixtures.json;
import static org.vtprotect.account.AdministrationFixtures.token;
import static org.vtprotect.account.AdministrationFixtures.uniqueEmail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.account.security.PasswordResets;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;

/** What an attacker or a careless moment could do to sessions, lockout and the last administrator. */
@IntegrationTest
class AccountHardeningIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    PasswordResets resets;

    @Autowired
    org.vtprotect.account.security.SecondFactor secondFactor;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDisabledAccountsOpenSessionIsSignedOutAtItsNextPage() throws Exception {
        String email = uniqueEmail("disabled-session");
        long id = create(mvc, accounts, email, "Soon disabled", PASSWORD, Role.EXPERT);
        MockHttpSession session = signIn(email, PASSWORD);
        mvc.perform(get("/me").session(session)).andExpect(status().isOk());

        asAdministrator(() -> administration.disable(id));

        mvc.perform(get("/me").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aDemotedAdministratorLosesTheAdministrationPagesAtOnce() throws Exception {
        String email = uniqueEmail("demoted-admin");
        long id = create(mvc, accounts, email, "Demoted", PASSWORD, Role.ADMINISTRATOR);
        MockHttpSession session = signIn(email, PASSWORD);
        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());

        asAdministrator(() ->
                administration.update(id, new AccountAdministration.Changes("Demoted", List.of("EXPERT"), null, null)));

        mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/me").session(session)).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetSignsOutOpenSessionsAndRevokesTokens() throws Exception {
        String email = uniqueEmail("reset-cuts-off");
        long id = create(mvc, accounts, email, "Reset", PASSWORD, Role.PARTNER);
        MockHttpSession session = signIn(email, PASSWORD);
        String apiToken = token(mvc, email, PASSWORD);

        String link = resetLink(id);
        resets.complete(link, "a-brand-new-password-here");

        mvc.perform(get("/me").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + apiToken))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void parallelWrongPasswordsNeitherExhaustTheDatabaseNorSlipPastTheLockout() throws Exception {
        String email = uniqueEmail("flood");
        create(mvc, accounts, email, "Flooded", PASSWORD, Role.EXPERT);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            attempts.add(() -> tokenStatus(email, "wrong-password-" + System.nanoTime()));
        }
        List<Integer> statuses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(24);
        try {
            for (Future<Integer> result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).allMatch(code -> code == 401 || code == 429);
        assertThat(statuses.stream().filter(code -> code == 401).count()).isLessThanOrEqualTo(10);
        assertThat(tokenStatus(email, PASSWORD))
                .as("locked, even for the right password")
                .isEqualTo(429);
        var other = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/countries"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void twoAdministratorsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
        long first = create(mvc, accounts, uniqueEmail("admin-a"), "A", PASSWORD, Role.ADMINISTRATOR);
        long second = create(mvc, accounts, uniqueEmail("admin-b"), "B", PASSWORD, Role.ADMINISTRATOR);
        // for the length of this test these two are the platform's only enabled administrators
        List<Long> others = transactions.execute(status -> accounts.lockEnabledAdministrators().stream()
                .filter(a -> a.id() != first && a.id() != second)
                .peek(a -> a.disable(first))
                .map(a -> a.id())
                .toList());
        try {
            List<String> outcomes = new ArrayList<>();
            var pool = Executors.newFixedThreadPool(2);
            try {
                for (Future<String> result : pool.invokeAll(
                        List.<Callable<String>>of(() -> disableAs(first, second), () -> disableAs(second, first)))) {
                    outcomes.add(result.get());
                }
            } finally {
                pool.shutdown();
            }
            assertThat(outcomes).containsExactlyInAnyOrder("disabled", "refused");
            assertThat(accounts.findAllById(List.of(first, second)).stream().filter(a -> a.enabled()))
                    .hasSize(1);
        } finally {
            transactions.executeWithoutResult(
                    status -> accounts.findAllById(others).forEach(a -> a.enable()));
        }
    }

    @Test
    void secondFactorCodesCannotBeGuessedPastTheLockoutThroughTheApi() throws Exception {
        String email = uniqueEmail("code-guesser");
        long id = create(mvc, accounts, email, "Guessed", PASSWORD, Role.PROGRAMME_OFFICER);
        var enrolment = secondFactor.startEnrolment(id);
        assertThat(secondFactor.confirm(id, code(enrolment.secret()))).isTrue();

        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/auth/token")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"email\":" + json(email) + ",\"password\":" + json(PASSWORD)
                                    + ",\"totpCode\":\"000000\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":" + json(email) + ",\"password\":" + json(PASSWORD) + ",\"totpCode\":\""
                                + code(enrolment.secret()) + "\"}"))
                .andExpect(status().isTooManyRequests());
    }

    private static String code(String secret) throws Exception {
        return AccountFixtures.currentCode(secret);
    }

    @Test
    void aRefusedFormPostIsA403OverRealHttpNotA405() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=a%40b.org&password=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<h1>").doesNotContain("Exception");
    }

    private String disableAs(long actor, long target) {
        try {
            asAdministrator(actor, () -> administration.disable(target));
            return "disabled";
        } catch (ProblemException refused) {
            return "refused";
        }
    }

    private int tokenStatus(String email, String password) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"email\":" + json(email) + ",\"password\":" + json(password) + "}"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        var result = mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String resetLink(long accountId) {
        // the link itself goes by mail; the service is asked for a fresh one the same way
        String token = org.vtprotect.account.internal.Secrets.random(32);
        var reset = new org.vtprotect.account.internal.PasswordReset(
                accountId,
                org.vtprotect.account.internal.Secrets.sha256(token),
                java.time.Instant.now().plusSeconds(600));
        resetRepository.save(reset);
        return token;
    }

    @Autowired
    org.vtprotect.account.internal.PasswordResetRepository resetRepository;

    private void asAdministrator(Runnable action) {
        asAdministrator(
                accounts.findByEmail(AdministrationFixtures.ADMIN_EMAIL)
                        .orElseThrow()
                        .id(),
                action);
    }

    private void asAdministrator(long accountId, Runnable action) {
        var principal = new AccountPrincipal(
                accountId, "actor-" + accountId + "@example.org", "Actor", null, EnumSet.of(Role.ADMINISTRATOR));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
