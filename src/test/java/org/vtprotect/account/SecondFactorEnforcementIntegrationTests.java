package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AccountFixtures.PASSWORD;
import static org.vtprotect.account.AccountFixtures.as;
import static org.vtprotect.account.AccountFixtures.currentCode;
import static org.vtprotect.account.AccountFixtures.usedCode;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.security.SecondFactor;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;

/** With the second factor required, as in production: staff must enrol before anything else. */
@IntegrationTest
@TestPropertySource(properties = "vtp.security.second-factor-required=true")
class SecondFactorEnforcementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SecondFactor secondFactor;

    AccountFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(accounts, encoder);
    }

    @Test
    void staffWithoutASecondFactorAreSentToEnrolFromEveryPage() throws Exception {
        for (Role role : new Role[] {Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER}) {
            Account account = fixtures.create(role);
            for (String path : new String[] {"/", "/me", "/me/tokens", "/me/password", "/privacy"}) {
                mvc.perform(get(path).with(as(account))).andExpect(redirectedUrl("/me/second-factor"));
            }
            mvc.perform(post("/me/tokens")
                            .with(as(account))
                            .with(csrf())
                            .param("name", "script")
                            .param("lifetime", "30"))
                    .andExpect(redirectedUrl("/me/second-factor"));

            var page = Jsoup.parse(mvc.perform(get("/me/second-factor").with(as(account)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(page.select(".alert-warning").text())
                    .isEqualTo("Your role requires a second factor. Set one up now to go on using VT Protect.");
        }
    }

    @Test
    void signingOutStaticFilesAndErrorPagesStayOpen() throws Exception {
        Account administrator = fixtures.create(Role.ADMINISTRATOR);
        mvc.perform(get("/css/vtp.css").with(as(administrator))).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css").with(as(administrator)))
                .andExpect(status().isOk());
        mvc.perform(get("/error/404").with(as(administrator))).andExpect(status().isNotFound());
        mvc.perform(post("/logout").with(as(administrator)).with(csrf())).andExpect(redirectedUrl("/?signedOut"));
        mvc.perform(post("/me/second-factor/start").with(as(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/me/second-factor"));
        assertThat(fixtures.reload(administrator).totpSecret()).isNotNull();
    }

    @Test
    void htmxRequestsAreToldWhereToGo() throws Exception {
        Account officer = fixtures.create(Role.PROGRAMME_OFFICER);
        mvc.perform(get("/me").header("HX-Request", "true").with(as(officer)))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/me/second-factor"));
    }

    @Test
    void otherRolesAreNotAsked() throws Exception {
        for (Role role : new Role[] {Role.PARTNER, Role.EXPERT, Role.FOCAL_POINT, Role.SITE_OPERATOR}) {
            mvc.perform(get("/me").with(as(fixtures.create(role)))).andExpect(status().isOk());
        }
    }

    @Test
    void onceEnrolledStaffGoWhereTheyWant() throws Exception {
        Account officer = fixtures.create(Role.PROGRAMME_OFFICER);
        String secret = secondFactor.startEnrolment(officer.id()).secret();
        mvc.perform(get("/me").with(as(officer))).andExpect(redirectedUrl("/me/second-factor"));
        assertThat(secondFactor.confirm(officer.id(), currentCode(secret))).isTrue();
        mvc.perform(get("/me").with(as(officer))).andExpect(status().isOk());
        mvc.perform(get("/me/tokens").with(as(officer))).andExpect(status().isOk());
        var page = Jsoup.parse(mvc.perform(get("/me/second-factor").with(as(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".alert-warning")).isEmpty();
    }

    @Test
    void noApiTokenForStaffWithoutASecondFactor() throws Exception {
        mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"admin@example.org\",\"password\":\"admin-password-for-tests\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith(
                                "Your role requires a second factor. Sign in on the website and set it up")));

        Account officer = fixtures.create(Role.PROGRAMME_OFFICER);
        String secret = secondFactor.startEnrolment(officer.id()).secret();
        assertThat(secondFactor.confirm(officer.id(), currentCode(secret))).isTrue();
        mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + officer.email() + "\",\"password\":\"" + PASSWORD
                                + "\",\"totpCode\":\"" + currentCode(secret) + "\"}"))
                .andExpect(status().isCreated());

        // the code that just worked is used up: seen over a shoulder or in a log, it signs no one in
        mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + officer.email() + "\",\"password\":\"" + PASSWORD
                                + "\",\"totpCode\":\"" + usedCode(secret) + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void otherRolesStillGetApiTokens() throws Exception {
        Account expert = fixtures.create(Role.EXPERT);
        mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + expert.email() + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated());
    }
}
