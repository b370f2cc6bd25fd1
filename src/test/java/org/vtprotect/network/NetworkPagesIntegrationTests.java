package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.NetworkFixtures.applicationJson;
import static org.vtprotect.network.NetworkFixtures.fromSomewhere;
import static org.vtprotect.network.NetworkFixtures.submitted;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;

import java.time.Instant;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplication;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.Tokens;
import org.vtprotect.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/** The public pages: what the network is, and a form that keeps what was typed and says what is wrong where. */
@IntegrationTest
class NetworkPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ApplicationCheck check;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    private Document page(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theNetworkPageSaysWhoMayJoinAndLinksToTheForm() throws Exception {
        Document page = page(get("/network").param("lang", "fr"));
        assertThat(page.select("h1").text()).isEqualTo("Réseau mondial d’experts");
        assertThat(page.select("main a[href=/network/apply]")).isNotEmpty();
        assertThat(page.select("header a[href=/network]")).isNotEmpty();
    }

    @Test
    void theFormOffersEveryPartOfAnApplication() throws Exception {
        Document form = page(get("/network/apply"));
        assertThat(form.select("h1")).hasSize(1);
        for (String field : new String[] {
            "givenName", "familyName", "email", "countryIso3", "organisationName", "position", "yearsOfExperience",
            "levelEn", "levelAr", "otherLanguage1", "otherLevel2", "biography", "links", "publications",
            "referee1Name", "referee2Email", "consent"
        }) {
            assertThat(form.select("[name=" + field + "]")).as(field).isNotEmpty();
            assertThat(form.select("label[for=" + field + "]"))
                    .as("label of " + field)
                    .isNotEmpty();
        }
        assertThat(form.select("input[name=targetTypes][value=RELIGIOUS_SITE]")).hasSize(1);
        assertThat(form.select("input[name=regions][value=011]")).hasSize(1);
        assertThat(form.select("a[href=/privacy]")).isNotEmpty();
    }

    @Test
    void anIncompleteFormComesBackWithItsErrorsAndWhatWasTyped() throws Exception {
        Document page = page(
                post("/network/apply")
                        .with(csrf())
                        .with(fromSomewhere())
                        .param("givenName", "<script>alert('x')</script>")
                        .param("email", "not-an-address")
                        .param("biography", "My bio")
                        .param("themes", "RISK_ASSESSMENT")
                        .param("levelFr", "FLUENT"),
                status().isBadRequest());
        assertThat(page.select("#error-summary a[href=#email]")).hasSize(1);
        assertThat(page.select("#error-summary a[href=#consent]")).hasSize(1);
        assertThat(page.select("#email.is-invalid").attr("aria-describedby")).contains("email-error");
        assertThat(page.select("#givenName").val()).isEqualTo("<script>alert('x')</script>");
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(page.select("#biography").text()).isEqualTo("My bio");
        assertThat(page.select("input[name=themes][value=RISK_ASSESSMENT]").hasAttr("checked"))
                .isTrue();
        assertThat(page.select("#levelFr option[value=FLUENT]").hasAttr("selected"))
                .isTrue();
    }

    @Test
    void aCompleteFormIsStoredAndSaysAMailIsOnItsWay() throws Exception {
        String email = uniqueEmail("form");
        mvc.perform(post("/network/apply")
                        .with(csrf())
                        .with(fromSomewhere())
                        .param("lang", "es")
                        .param("givenName", "Lucía")
                        .param("familyName", "Pérez")
                        .param("email", email)
                        .param("countryIso3", "COL")
                        .param("targetTypes", "MAJOR_EVENT", "URBAN_CENTRE")
                        .param("levelEs", "NATIVE")
                        .param("otherLanguage1", "pt")
                        .param("otherLevel1", "WORKING")
                        .param("regions", "005", "013")
                        .param("yearsOfExperience", "9")
                        .param("links", "https://example.org/lucia\r\n\r\nhttps://example.org/cv")
                        .param("publications", "Estadios seguros, 2019, pp. 1-20")
                        .param("referee1Name", "Carlos Ruiz")
                        .param("referee1Email", "carlos@example.org")
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/network/apply/done"));
        assertThat(applications.findAll()).anySatisfy(a -> {
            assertThat(a.email()).isEqualTo(email);
            assertThat(a.language()).isEqualTo("es");
        });
        assertThat(page(get("/network/apply/done")).select("[role=status]")).isNotEmpty();
    }

    @Test
    void aWrongOrUsedLinkSaysSoAndChangesNothing() throws Exception {
        assertThat(page(get("/network/applications/confirm").param("token", "nonsense"), status().isOk())
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(page(
                                post("/network/applications/confirm")
                                        .with(csrf())
                                        .param("token", "nonsense"),
                                status().isConflict())
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(page(post("/network/applications/confirm").with(csrf()), status().isConflict())
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(page(get("/network/applications/withdraw").param("token", ""), status().isOk())
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(page(
                                post("/network/applications/withdraw")
                                        .with(csrf())
                                        .param("token", "nonsense"),
                                status().isConflict())
                        .select("[role=alert]"))
                .isNotEmpty();
    }

    @Test
    void aConfirmationLinkWorksOnceAndNotOnceExpired() throws Exception {
        String email = uniqueEmail("twice");
        long id = awaitingConfirmation(email, Instant.now().plusSeconds(600));
        mvc.perform(post("/network/applications/confirm").with(csrf()).param("token", "c-" + email))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/network/applications/confirmed"));
        assertThat(page(
                                post("/network/applications/confirm")
                                        .with(csrf())
                                        .param("token", "c-" + email),
                                status().isConflict())
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(applications.findById(id).orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);

        String late = uniqueEmail("expired");
        long expired = awaitingConfirmation(late, Instant.now().minusSeconds(1));
        assertThat(page(
                                post("/network/applications/confirm")
                                        .with(csrf())
                                        .param("token", "c-" + late),
                                status().isConflict())
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(applications.findById(expired).orElseThrow().state())
                .isEqualTo(ApplicationState.AWAITING_EMAIL_CONFIRMATION);
    }

    @Test
    void aWithdrawalLinkWorksOnce() throws Exception {
        String email = uniqueEmail("leaving");
        long id = submitted(check, applications, email, "Leaving soon");
        mvc.perform(post("/network/applications/withdraw").with(csrf()).param("token", "w-" + email))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/network/applications/withdrawn"));
        assertThat(page(
                                post("/network/applications/withdraw")
                                        .with(csrf())
                                        .param("token", "w-" + email),
                                status().isConflict())
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(applications.findById(id).orElseThrow().state()).isEqualTo(ApplicationState.WITHDRAWN);
    }

    /** An application waiting for its address to be confirmed by the token {@code "c-" + email}. */
    private long awaitingConfirmation(String email, Instant expiresAt) {
        ApplicationRequest request =
                JsonMapper.builder().build().readValue(applicationJson(email, "Waiting"), ApplicationRequest.class);
        ExpertApplication application = new ExpertApplication(check.check(request, Locale.ENGLISH), Instant.now());
        application.awaitConfirmation(Tokens.hash("c-" + email), expiresAt);
        return applications.saveAndFlush(application).id();
    }
}
