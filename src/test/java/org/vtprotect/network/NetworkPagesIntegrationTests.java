package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.NetworkFixtures.fromSomewhere;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.support.IntegrationTest;

/** The public pages: what the network is, and a form that keeps what was typed and says what is wrong where. */
@IntegrationTest
class NetworkPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertApplicationRepository applications;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
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
        Document page = page(post("/network/apply")
                .with(csrf())
                .with(fromSomewhere())
                .param("givenName", "<script>alert('x')</script>")
                .param("email", "not-an-address")
                .param("biography", "My bio")
                .param("themes", "RISK_ASSESSMENT")
                .param("levelFr", "FLUENT"));
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
        assertThat(page(get("/network/applications/confirm").param("token", "nonsense"))
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(page(post("/network/applications/confirm").with(csrf()).param("token", "nonsense"))
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(page(get("/network/applications/withdraw").param("token", ""))
                        .select("[role=alert]"))
                .isNotEmpty();
        assertThat(page(post("/network/applications/withdraw").with(csrf()).param("token", "nonsense"))
                        .select("[role=alert]"))
                .isNotEmpty();
    }
}
