package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AccountFixtures.as;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;

@IntegrationTest
class ProfilePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Organisations organisations;

    AccountFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AccountFixtures(accounts, encoder);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesItsProfileWithLinksToItsSettings(Role role) throws Exception {
        var account = fixtures.create(role);
        String html = mvc.perform(get("/me").with(as(account)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("My profile");
        assertThat(page.select("main dd").eachText()).contains(account.email());
        assertThat(page.select("main a[href=/me/password]")).hasSize(1);
        assertThat(page.select("main a[href=/me/tokens]")).hasSize(1);
        assertThat(page.select("main a[href=/me/second-factor]")).hasSize(role.needsSecondFactor() ? 1 : 0);
        assertThat(page.select("#displayName").val()).isEqualTo(account.displayName());
        assertThat(page.select("#language option")).hasSize(6);
    }

    @Test
    void showsTheRolesAndTheNameOfTheOrganisation() throws Exception {
        var organisation =
                organisations.findOrCreate("Ministry of the Interior", "MOI", "MEMBER_STATE_GOVERNMENT", "TJK");
        var account = fixtures.create(organisation.id(), Role.FOCAL_POINT, Role.EXPERT);
        mvc.perform(get("/me").with(as(account)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ministry of the Interior")))
                .andExpect(content().string(containsString("National focal point")))
                .andExpect(content().string(containsString("Expert")));
    }

    @Test
    void aNewDisplayNameIsSavedAndShownInTheHeaderAtOnce() throws Exception {
        var account = fixtures.create(Role.EXPERT);
        var session = AccountFixtures.session(AccountFixtures.signIn(mvc, account.email(), AccountFixtures.PASSWORD));

        mvc.perform(post("/me")
                        .session(session)
                        .with(csrf())
                        .param("displayName", "  Amina Diallo  ")
                        .param("language", "fr"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/me"))
                .andExpect(flash().attribute("saved", true));

        String html = mvc.perform(get("/me").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("header summary").eachText()).contains("Amina Diallo");
        assertThat(page.select("#displayName").val()).isEqualTo("Amina Diallo");
        assertThat(page.select("#language option[selected]").val()).isEqualTo("fr");
        var saved = fixtures.reload(account);
        assertThat(saved.displayName()).isEqualTo("Amina Diallo");
        assertThat(saved.preferredLanguage()).isEqualTo("fr");
    }

    @Test
    void aScriptInTheDisplayNameIsShownAsText() throws Exception {
        var account = fixtures.create(Role.PARTNER);
        var session = AccountFixtures.session(AccountFixtures.signIn(mvc, account.email(), AccountFixtures.PASSWORD));
        mvc.perform(post("/me")
                        .session(session)
                        .with(csrf())
                        .param("displayName", "<script>alert('x')</script>")
                        .param("language", "en"))
                .andExpect(status().isFound());

        mvc.perform(get("/me").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "line\nbreak"})
    void aMissingOrBrokenNameIsRefusedBesideTheField(String name) throws Exception {
        var account = fixtures.create(Role.EXPERT);
        String html = mvc.perform(post("/me")
                        .with(as(account))
                        .with(csrf())
                        .param("displayName", name)
                        .param("language", "es"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("#displayName.is-invalid")).hasSize(1);
        assertThat(page.select("#displayName").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#displayName-error").text()).isNotBlank();
        assertThat(page.select("#error-summary a[href=#displayName]")).hasSize(1);
        assertThat(page.select("#language option[selected]").val()).isEqualTo("es");
        assertThat(fixtures.reload(account).displayName()).isEqualTo(account.displayName());
    }

    @Test
    void aHugeNameIsRefusedAndKeptAsTyped() throws Exception {
        var account = fixtures.create(Role.EXPERT);
        String huge = "N".repeat(201);
        String html = mvc.perform(post("/me")
                        .with(as(account))
                        .with(csrf())
                        .param("displayName", huge)
                        .param("language", "en"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("#displayName").val()).isEqualTo(huge);
        assertThat(page.select("#displayName-error").text()).isEqualTo("Use at most 200 characters.");
    }

    @Test
    void anUnknownLanguageIsRefused() throws Exception {
        var account = fixtures.create(Role.EXPERT);
        mvc.perform(post("/me")
                        .with(as(account))
                        .with(csrf())
                        .param("displayName", "Someone")
                        .param("language", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose one of the six languages.")));
        assertThat(fixtures.reload(account).preferredLanguage()).isNull();
    }

    @Test
    void withoutTheCsrfTokenNothingChanges() throws Exception {
        var account = fixtures.create(Role.EXPERT);
        mvc.perform(post("/me")
                        .with(as(account))
                        .param("displayName", "Changed")
                        .param("language", "en"))
                .andExpect(status().isForbidden());
        assertThat(fixtures.reload(account).displayName()).isEqualTo(account.displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void theProfileIsTranslated(String language) throws Exception {
        var account = fixtures.create(Role.ADMINISTRATOR);
        for (String path : new String[] {"/me", "/me/password", "/me/second-factor", "/me/tokens"}) {
            String html = mvc.perform(get(path).param("lang", language).with(as(account)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var page = Jsoup.parse(html);
            assertThat(page.select("html").attr("lang")).isEqualTo(language);
            String english = Jsoup.parse(
                            mvc.perform(get(path).param("lang", "en").with(as(account)))
                                    .andReturn()
                                    .getResponse()
                                    .getContentAsString())
                    .select("h1")
                    .text();
            assertThat(page.select("h1").text()).as(path).isNotBlank().isNotEqualTo(english);
        }
    }
}
