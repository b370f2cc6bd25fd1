package org.vtprotect.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
class OrganisationPagesIntegrationTests {

    private static final String LIST = "/manage/directory/organisations";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Test
    void theListSearchesFiltersAndCounts() throws Exception {
        String suffix = unique();
        organisations.create(details("Dushanbe Airport Authority " + suffix, "DAA", "MEMBER_STATE_GOVERNMENT", "TJK"));
        organisations.create(details("Tunis Grand Mosque Trust " + suffix, null, "RELIGIOUS_ORGANISATION", "TUN"));

        Document page = page(get(LIST).param("q", suffix));
        assertThat(page.select("h1").text()).isEqualTo("Organisations");
        assertThat(page.select("form[role=search] input#q").val()).isEqualTo(suffix);
        assertThat(page.select("form[role=search]").attr("hx-get")).isEqualTo(LIST);
        assertThat(page.select("form[role=search]").attr("hx-target")).isEqualTo("#results");
        assertThat(page.select("#results tbody tr")).hasSize(2);
        assertThat(page.select("#results").text())
                .contains("1–2 of 2")
                .contains("Tajikistan")
                .contains("DAA");
        assertThat(page.select("a[href=" + LIST + "/new]")).isNotEmpty();

        Document filtered = page(get(LIST).param("q", suffix).param("country", "TUN"));
        assertThat(filtered.select("#results tbody tr")).hasSize(1);
        assertThat(filtered.select("select#country option[selected]").val()).isEqualTo("TUN");
        Document byType = page(get(LIST).param("q", suffix).param("type", "MEMBER_STATE_GOVERNMENT"));
        assertThat(byType.select("#results tbody tr").text()).contains("Dushanbe Airport Authority");
        // a stale or forged filter value filters nothing rather than failing
        assertThat(page(get(LIST).param("q", suffix).param("type", "NOPE").param("page", "x"))
                        .select("#results tbody tr"))
                .hasSize(2);
    }

    @Test
    void pagesThroughLongListsKeepingTheSearch() throws Exception {
        String suffix = unique();
        for (int i = 10; i < 31; i++) {
            organisations.create(details("Paged Office " + i + " " + suffix, null, "OTHER", "TGO"));
        }
        Document first = page(get(LIST).param("q", suffix));
        assertThat(first.select("#results tbody tr")).hasSize(20);
        assertThat(first.select("#results").text()).contains("1–20 of 21");
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).contains("q=" + suffix).contains("page=1");
        Document second = page(get(next));
        assertThat(second.select("#results tbody tr")).hasSize(1);
        assertThat(second.select("#results").text()).contains("21–21 of 21").contains("Paged Office 30");
        assertThat(second.select("a[rel=prev]")).isNotEmpty();
        assertThat(second.select("a[rel=next]")).isEmpty();
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        String suffix = unique();
        organisations.create(details("Fragment Body " + suffix, null, "ACADEMIA", "TUN"));
        MvcResult result = mvc.perform(get(LIST)
                        .param("q", suffix)
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").doesNotContain("<h1").contains("Fragment Body " + suffix);
        assertThat(html).contains("1–1 of 1");
        // htmx restoring its history needs the whole page
        String restored = mvc.perform(get(LIST)
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(restored).contains("<html");
    }

    @Test
    void creatingRedirectsToTheNewOrganisationWithAMessage() throws Exception {
        String name = "Sudan National Police " + unique();
        MvcResult created = mvc.perform(post(LIST)
                        .with(staff())
                        .with(csrf())
                        .param("name", "  " + name + " ")
                        .param("acronym", "SNP")
                        .param("type", "MEMBER_STATE_GOVERNMENT")
                        .param("countryIso3", "SDN"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern(LIST + "/*"))
                .andReturn();
        Document shown = page(get(created.getResponse().getRedirectedUrl()).flashAttrs(created.getFlashMap()));
        assertThat(shown.select("h1").text()).isEqualTo(name);
        assertThat(shown.select(".alert-success").text()).isEqualTo("The organisation was created.");
        assertThat(shown.select("input#name").val()).isEqualTo(name);
        assertThat(shown.select("select#countryIso3 option[selected]").val()).isEqualTo("SDN");
    }

    @Test
    void errorsAreShownBesideTheFieldsAndWhatWasTypedIsKept() throws Exception {
        Document page = page(
                post(LIST)
                        .with(csrf())
                        .param("name", "   ")
                        .param("acronym", "KEEP <me>")
                        .param("type", "")
                        .param("countryIso3", "TJK"),
                400);
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#name", "#type");
        Element name = page.selectFirst("input#name");
        assertThat(name.hasClass("is-invalid")).isTrue();
        assertThat(name.attr("aria-invalid")).isEqualTo("true");
        assertThat(name.attr("aria-describedby")).contains("name-error");
        assertThat(page.select("#name-error").text()).isEqualTo("Enter the name of the organisation.");
        assertThat(page.select("#type-error").text()).isEqualTo("Choose the type of organisation.");
        assertThat(page.select("input#acronym").val()).isEqualTo("KEEP <me>");
        assertThat(page.select("select#countryIso3 option[selected]").val()).isEqualTo("TJK");
    }

    @Test
    void aDuplicateIsRefusedWithALinkToTheOrganisationAlreadyRecorded() throws Exception {
        String suffix = unique();
        var existing =
                organisations.create(details("Ministry of Interior " + suffix, null, "MEMBER_STATE_GOVERNMENT", "TUN"));
        Document page = page(
                post(LIST)
                        .with(csrf())
                        .param("name", "MINISTRY  of interior " + suffix)
                        .param("type", "MEMBER_STATE_GOVERNMENT")
                        .param("countryIso3", "TUN"),
                409);
        assertThat(page.select("#name-error a").attr("href")).isEqualTo(LIST + "/" + existing.id());
        assertThat(page.select("#name-error a").text()).isEqualTo(existing.name());
        assertThat(page.select("input#name").val()).isEqualTo("MINISTRY  of interior " + suffix);
    }

    @Test
    void editingShowsThePeopleOfTheOrganisationAndSavesWithAMessage() throws Exception {
        String suffix = unique();
        var organisation =
                organisations.create(details("Tourism Board " + suffix, null, "MEMBER_STATE_GOVERNMENT", "TGO"));
        people.create(
                new People.Details(suffix + "@example.org", "Afi", "Mensah", Gender.FEMALE, organisation.id(), "TGO"));
        Document edit = page(get(LIST + "/" + organisation.id()));
        assertThat(edit.select("section").text()).contains("Afi Mensah");
        assertThat(edit.select("a[href=/manage/directory/people/new?organisation=" + organisation.id() + "]"))
                .isNotEmpty();

        MvcResult saved = mvc.perform(post(LIST + "/" + organisation.id())
                        .with(staff())
                        .with(csrf())
                        .param("name", "Togo Tourism Board " + suffix)
                        .param("type", "MEMBER_STATE_GOVERNMENT")
                        .param("countryIso3", "TGO"))
                .andExpect(status().isFound())
                .andReturn();
        Document shown = page(get(saved.getResponse().getRedirectedUrl()).flashAttrs(saved.getFlashMap()));
        assertThat(shown.select("h1").text()).isEqualTo("Togo Tourism Board " + suffix);
        assertThat(shown.select(".alert-success").text()).isEqualTo("Your changes were saved.");
        page(get(LIST + "/987654321"), 404);
    }

    @Test
    void aScriptInANameIsShownAsText() throws Exception {
        String suffix = unique();
        organisations.create(details("<script>alert('x')</script> Trust " + suffix, "<b>", "CIVIL_SOCIETY", "TUN"));
        String html = mvc.perform(get(LIST).param("q", suffix).with(staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>");
        assertThat(html).contains("&lt;script&gt;alert(");
        assertThat(Jsoup.parse(html).select("#results tbody tr").text()).contains("<script>alert('x')</script> Trust");
    }

    @Test
    void sqlLookingSearchTextIsJustText() throws Exception {
        String typed = "x' OR '1'='1'; DROP TABLE organisation; --";
        Document page = page(get(LIST).param("q", typed));
        assertThat(page.select("input#q").val()).isEqualTo(typed);
        assertThat(page.select("#results").text()).contains("No organisation matches your search.");
        assertThat(page(get(LIST)).select("#results tbody tr")).isNotEmpty();
    }

    @Test
    void countriesAreNamedAndSortedInTheReadersLanguage() throws Exception {
        Document page = page(get(LIST + "/new").param("lang", "fr"));
        List<String> countries = page.select("select#countryIso3 option").eachText();
        assertThat(countries).contains("Égypte", "Espagne");
        assertThat(countries.indexOf("Égypte")).isLessThan(countries.indexOf("Espagne"));
        assertThat(page.select("label[for=name]").text()).startsWith("Nom");
    }

    @Test
    void onlyProgrammeStaffReachThePages() throws Exception {
        for (Role role : List.of(Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR)) {
            mvc.perform(get(LIST).with(SignedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(post(LIST).with(SignedIn.as(role)).with(csrf()).param("name", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(LIST).with(SignedIn.as(Role.PROGRAMME_OFFICER))).andExpect(status().isOk());
        mvc.perform(get(LIST)).andExpect(status().is3xxRedirection());
        mvc.perform(post(LIST).with(staff()).param("name", "No CSRF token")).andExpect(status().isForbidden());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, 200);
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

    private static Organisations.Details details(String name, String acronym, String type, String country) {
        return new Organisations.Details(name, acronym, type, country);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
