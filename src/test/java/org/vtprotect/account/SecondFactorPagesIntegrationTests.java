package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AccountFixtures.PASSWORD;
import static org.vtprotect.account.AccountFixtures.as;
import static org.vtprotect.account.AccountFixtures.currentCode;
import static org.vtprotect.account.AccountFixtures.wrongCode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.AuditEventRepository;
import org.vtprotect.account.security.SecondFactor;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;

@IntegrationTest
class SecondFactorPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    AuditEventRepository audit;

    AccountFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(accounts, encoder);
    }

    @Test
    void onlyAdministratorsAndProgrammeOfficersMayEnrol() throws Exception {
        for (Role role : Role.values()) {
            Account account = fixtures.create(role);
            var expected = role.needsSecondFactor() ? status().isOk() : status().isForbidden();
            mvc.perform(get("/me/second-factor").with(as(account))).andExpect(expected);
            if (!role.needsSecondFactor()) {
                mvc.perform(post("/me/second-factor/start").with(as(account)).with(csrf()))
                        .andExpect(status().isForbidden());
                assertThat(fixtures.reload(account).totpSecret()).isNull();
            }
        }
    }

    @Test
    void enrolWithTheAppThenSignInWithACode() throws Exception {
        Account officer = fixtures.create(Role.PROGRAMME_OFFICER);
        MockHttpSession session = AccountFixtures.session(AccountFixtures.signIn(mvc, officer.email(), PASSWORD));

        Document before = page(get("/me/second-factor").session(session), 200);
        assertThat(before.select("form[action=/me/second-factor/start] button")).hasSize(1);
        assertThat(before.select("img")).isEmpty();

        mvc.perform(post("/me/second-factor/start").session(session).with(csrf()))
                .andExpect(redirectedUrl("/me/second-factor"));
        Document pending = page(get("/me/second-factor").session(session), 200);
        var qr = pending.select("main img");
        assertThat(qr.attr("src")).startsWith("data:image/png;base64,");
        assertThat(qr.attr("alt")).isEqualTo("QR code to scan with your authenticator app");
        String grouped = pending.select("#secret").text();
        assertThat(grouped).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        String secret = grouped.replace(" ", "");

        Document wrong = page(
                post("/me/second-factor/confirm").session(session).with(csrf()).param("code", wrongCode(secret)), 400);
        assertThat(wrong.select("#code.is-invalid")).hasSize(1);
        assertThat(wrong.select("#code-error").text()).startsWith("This code is not right.");
        assertThat(wrong.select("#secret").text()).isEqualTo(grouped);
        assertThat(fixtures.reload(officer).totpEnabled()).isFalse();

        mvc.perform(post("/me/second-factor/confirm")
                        .session(session)
                        .with(csrf())
                        .param("code", currentCode(secret)))
                .andExpect(redirectedUrl("/me/second-factor"));
        Document enrolled = page(get("/me/second-factor").session(session), 200);
        assertThat(enrolled.select(".alert-success").text()).startsWith("Your second factor is on.");
        assertThat(enrolled.select("form[action=/me/second-factor/remove]")).hasSize(1);
        assertThat(enrolled.select("#secret")).isEmpty();
        assertThat(fixtures.reload(officer).totpEnabled()).isTrue();

        // a new sign-in stops at the code page and has no role until the code is right
        MockHttpSession next = AccountFixtures.session(mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(officer.email())
                        .password(PASSWORD))
                .andExpect(redirectedUrl("/login/second-factor"))
                .andReturn());
        mvc.perform(get("/me").session(next)).andExpect(status().isForbidden());
        page(post("/login/second-factor").session(next).with(csrf()).param("code", wrongCode(secret)), 400);
        mvc.perform(post("/login/second-factor").session(next).with(csrf()).param("code", currentCode(secret)))
                .andExpect(status().isFound())
                .andExpect(authenticated().withRoles("PROGRAMME_OFFICER"));
        Document profile = page(get("/me").session(next), 200);
        assertThat(profile.select("main").text()).contains("Programme officer");
    }

    @Test
    void removingTheSecondFactorNeedsACurrentCode() throws Exception {
        Account administrator = fixtures.create(Role.ADMINISTRATOR);
        String secret = enrol(administrator);

        Document wrong = page(
                post("/me/second-factor/remove")
                        .with(as(administrator))
                        .with(csrf())
                        .param("code", wrongCode(secret)),
                400);
        assertThat(wrong.select("#code-error").text()).startsWith("This code is not right");
        assertThat(fixtures.reload(administrator).totpEnabled()).isTrue();
        assertThat(audit.filter(AuditAction.SECOND_FACTOR_FAILED, administrator.email(), PageRequest.of(0, 5))
                        .getTotalElements())
                .isEqualTo(1);

        mvc.perform(post("/me/second-factor/remove")
                        .with(as(administrator))
                        .with(csrf())
                        .param("code", currentCode(secret)))
                .andExpect(redirectedUrl("/me/second-factor"));
        assertThat(fixtures.reload(administrator).totpEnabled()).isFalse();
        assertThat(fixtures.reload(administrator).totpSecret()).isNull();
        assertThat(audit.filter(AuditAction.SECOND_FACTOR_REMOVED, administrator.email(), PageRequest.of(0, 5))
                        .getTotalElements())
                .isEqualTo(1);
    }

    @Test
    void startingAgainDoesNotSwitchOffAnEnrolledSecondFactor() throws Exception {
        Account administrator = fixtures.create(Role.ADMINISTRATOR);
        String secret = enrol(administrator);
        mvc.perform(post("/me/second-factor/start").with(as(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/me/second-factor"));
        Account after = fixtures.reload(administrator);
        assertThat(after.totpEnabled()).isTrue();
        assertThat(after.totpSecret()).isEqualTo(secret);
    }

    @Test
    void aCodeOfLettersOrAHugeOneIsJustWrong() throws Exception {
        Account officer = fixtures.create(Role.PROGRAMME_OFFICER);
        secondFactor.startEnrolment(officer.id());
        for (String code : new String[] {"", "abcdef", "<script>", "1".repeat(10_000)}) {
            page(
                    post("/me/second-factor/confirm")
                            .with(as(officer))
                            .with(csrf())
                            .param("code", code),
                    400);
        }
        assertThat(fixtures.reload(officer).totpEnabled()).isFalse();
    }

    private String enrol(Account account) throws Exception {
        String secret = secondFactor.startEnrolment(account.id()).secret();
        assertThat(secondFactor.confirm(account.id(), currentCode(secret))).isTrue();
        return secret;
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
