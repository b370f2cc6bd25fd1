package org.vtprotect.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.directory.Gender;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

@IntegrationTest
class PersonPagesIntegrationTests {

    private static final String LIST = "/manage/directory/people";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Test
    void creatingAPersonRedirectsToThemWithAMessage() throws Exception {
        String suffix = unique();
        var organisation = organisations.create(
                new Organisations.Details("Sousse Civil Protection " + suffix, null, "MEMBER_STATE_GOVERNMENT", "TUN"));
        Document form = page(get(LIST + "/new").param("organisation", String.valueOf(organisation.id())), 200);
        assertThat(form.select("select#organisationId option[selected]").val())
                .isEqualTo(String.valueOf(organisation.id()));
        assertThat(form.select("select#gender option[selected]").val()).isEqualTo("UNDISCLOSED");

        MvcResult created = mvc.perform(post(LIST)
                        .with(staff())
                        .with(csrf())
                        .param("givenName", "Leïla")
                        .param("familyName", "Ben Salah")
                        .param("email", " Leila." + suffix + "@Example.ORG ")
                        .param("gender", "FEMALE")
                        .param("organisationId", String.valueOf(organisation.id()))
                        .param("countryIso3", "TUN"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern(LIST + "/*"))
                .andReturn();
        Document shown = page(get(created.getResponse().getRedirectedUrl()).flashAttrs(created.getFlashMap()), 200);
        assertThat(shown.select("h1").text()).isEqualTo("Leïla Ben Salah");
        assertThat(shown.select(".alert-success").text()).isEqualTo("The person was created.");
        assertThat(shown.select("input#email").val()).isEqualTo("leila." + suffix + "@example.org");
        assertThat(shown.select("select#gender option[selected]").val()).isEqualTo("FEMALE");

        Document organisationPage = page(get("/manage/directory/organisations/" + organisation.id()), 200);
        assertThat(organisationPage.select("section").text()).contains("Leïla Ben Salah");
    }

    @Test
    void errorsKeepWhatWasTyped() throws Exception {
        String suffix = unique();
        people.create(new People.Details("taken." + suffix + "@example.org", "A", "Taken", null, null, null));
        Document page = page(
                post(LIST)
                        .with(csrf())
                        .param("givenName", "<i>Typed</i>")
                        .param("familyName", "")
                        .param("email", "not an address")
                        .param("gender", "MALE")
                        .param("countryIso3", "TGO"),
                400);
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#email", "#familyName");
        assertThat(page.select("input#givenName").val()).isEqualTo("<i>Typed</i>");
        assertThat(page.select("input#email").val()).isEqualTo("not an address");
        assertThat(page.select("#email-error").text()).contains("name@example.org");
        assertThat(page.select("select#countryIso3 option[selected]").val()).isEqualTo("TGO");
        assertThat(page.select("select#gender option[selected]").val()).isEqualTo("MALE");

        Document taken = page(
                post(LIST)
                        .with(csrf())
                        .param("familyName", "Other")
                        .param("email", "TAKEN." + suffix + "@example.org")
                        .param("gender", "OTHER"),
                400);
        assertThat(taken.select("#email-error").text())
                .isEqualTo("Someone is already recorded with this e-mail address.");

        Document forged = page(
                post(LIST)
                        .with(csrf())
                        .param("familyName", "Forged")
                        .param("email", "forged." + suffix + "@example.org")
                        .param("gender", "ROBOT")
                        .param("organisationId", "1 OR 1=1"),
                400);
        assertThat(forged.select("#error-summary a").eachAttr("href")).containsExactly("#gender", "#organisationId");
    }

    @Test
    void theListSearchesAndAnswersHtmxWithTheResultsOnly() throws Exception {
        String suffix = unique();
        people.create(
                new People.Details("nadia." + suffix + "@example.org", "Nadia", "Çelik", Gender.FEMALE, null, "TJK"));
        people.create(
                new People.Details("omar." + suffix + "@example.org", "Omar", "Haddad", Gender.MALE, null, "TUN"));

        Document page = page(get(LIST).param("q", suffix), 200);
        assertThat(page.select("h1").text()).isEqualTo("People");
        assertThat(page.select("#results tbody tr")).hasSize(2);
        // sorted by family name, accents ignored: Çelik before Haddad
        assertThat(page.select("#results tbody tr td:first-child").eachText())
                .containsExactly("Nadia Çelik", "Omar Haddad");
        assertThat(page.select("#results").text()).contains("1–2 of 2");

        String fragment = mvc.perform(get(LIST)
                        .param("q", "celik " + suffix)
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("Nadia Çelik").doesNotContain("Haddad");

        Document byCountry = page(get(LIST).param("q", suffix).param("country", "TUN"), 200);
        assertThat(byCountry.select("#results tbody tr").text())
                .contains("Omar Haddad")
                .doesNotContain("Nadia");
    }

    @Test
    void peopleAreHiddenFromEveryoneButProgrammeStaff() throws Exception {
        var person = people.create(new People.Details(unique() + "@example.org", "Hidden", "Person", null, null, null));
        for (Role role : List.of(Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR)) {
            mvc.perform(get(LIST).with(SignedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get(LIST + "/" + person.id()).with(SignedIn.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get(LIST + "/" + person.id())).andExpect(status().is3xxRedirection());
        mvc.perform(get(LIST + "/" + person.id()).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk());
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        String html = mvc.perform(request.with(staff()))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
        return SignedIn.as(Role.ADMINISTRATOR);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
