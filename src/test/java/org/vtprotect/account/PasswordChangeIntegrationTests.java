package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AccountFixtures.PASSWORD;
import static org.vtprotect.account.AccountFixtures.as;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.AuditEventRepository;
import org.vtprotect.account.internal.LoginFailureRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;

@IntegrationTest
class PasswordChangeIntegrationTests {

    static final String NEW_PASSWORD = "seven horses graze near the river";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginFailureRepository failures;

    @Autowired
    AuditEventRepository audit;

    AccountFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(accounts, encoder);
    }

    @Test
    void theFormRendersForEveryone() throws Exception {
        for (Role role : Role.values()) {
            var page = Jsoup.parse(mvc.perform(get("/me/password").with(as(fixtures.create(role))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(page.select("input[type=password]")).hasSize(3);
            assertThat(page.select("#newPassword-help").text()).contains("12");
        }
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAndCountsAsAFailedSignIn() throws Exception {
        Account account = fixtures.create(Role.EXPERT);
        var page = change(account, "not-my-password", NEW_PASSWORD, NEW_PASSWORD);
        assertThat(page.select("#currentPassword-error").text()).isEqualTo("This is not your current password.");
        assertThat(failures.countByEmailAndAtAfter(
                        account.email(), Instant.now().minus(1, ChronoUnit.HOURS)))
                .isEqualTo(1);
        assertThat(audit.filter(AuditAction.SIGN_IN_FAILED, account.email(), PageRequest.of(0, 5))
                        .getTotalElements())
                .isEqualTo(1);
        assertThat(encoder.matches(PASSWORD, fixtures.reload(account).passwordHash()))
                .isTrue();
    }

    @Test
    void tooManyWrongCurrentPasswordsLockTheAccount() throws Exception {
        Account account = fixtures.create(Role.EXPERT);
        for (int i = 0; i < 10; i++) {
            change(account, "guess-" + i, NEW_PASSWORD, NEW_PASSWORD);
        }
        var page = change(account, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(page.select("#currentPassword-error").text()).contains("15 minutes");
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(account.email())
                        .password(PASSWORD))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());
    }

    @Test
    void aShortNewPasswordIsRefused() throws Exception {
        var page = change(fixtures.create(Role.EXPERT), PASSWORD, "short", "short");
        assertThat(page.select("#newPassword-error").text()).isEqualTo("Use at least 12 characters.");
        assertThat(page.select("#error-summary a[href=#newPassword]")).hasSize(1);
    }

    @Test
    void aPasswordTooLongToHashIsRefusedNotAFailure() throws Exception {
        String huge = "ж".repeat(40);
        var page = change(fixtures.create(Role.EXPERT), PASSWORD, huge, huge);
        assertThat(page.select("#newPassword-error").text()).startsWith("This password is too long.");
    }

    @Test
    void aConfirmationThatDiffersIsRefused() throws Exception {
        var page = change(fixtures.create(Role.EXPERT), PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertThat(page.select("#confirmation-error").text()).isEqualTo("The two passwords are not the same.");
        assertThat(page.select("#newPassword-error")).isEmpty();
    }

    @Test
    void theNewPasswordMustDifferFromTheCurrentOne() throws Exception {
        var page = change(fixtures.create(Role.EXPERT), PASSWORD, PASSWORD, PASSWORD);
        assertThat(page.select("#newPassword-error").text())
                .isEqualTo("Choose a password different from your current one.");
    }

    @Test
    void passwordsAreNeverSentBack() throws Exception {
        var page = change(fixtures.create(Role.EXPERT), "typed-current-secret", "short", "short");
        assertThat(page.html()).doesNotContain("typed-current-secret");
        assertThat(page.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);
    }

    @Test
    void afterAChangeOnlyTheNewPasswordSignsIn() throws Exception {
        Account account = fixtures.create(Role.PARTNER);
        var session = AccountFixtures.session(AccountFixtures.signIn(mvc, account.email(), PASSWORD));
        String before = session.getId();

        mvc.perform(post("/me/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/me"))
                .andExpect(flash().attribute("passwordChanged", true));

        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(get("/me").session(session)).andExpect(status().isOk());
        assertThat(audit.filter(AuditAction.PASSWORD_CHANGED, account.email(), PageRequest.of(0, 5))
                        .getTotalElements())
                .isEqualTo(1);

        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(account.email())
                        .password(PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(account.email())
                        .password(NEW_PASSWORD))
                .andExpect(authenticated().withRoles("PARTNER"));
    }

    private Document change(Account account, String current, String next, String confirmation) throws Exception {
        return Jsoup.parse(mvc.perform(post("/me/password")
                        .with(as(account))
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", next)
                        .param("confirmation", confirmation))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
