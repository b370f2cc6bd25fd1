package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;
import static org.vtprotect.library.LibraryFixtures.uniqueText;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The public library pages: search with facets as a plain form, the htmx fragment, a document page and its download. */
@IntegrationTest
class LibraryPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    long add(String title, AccessLevel level, String extra, String text) throws Exception {
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(title, level, extra))
                        .file(uniqueText(text))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void theSearchPageListsFacetsAsCheckboxesAndFindsWithoutJavaScript() throws Exception {
        String title = unique("Bollards");
        add(
                title,
                AccessLevel.PUBLIC,
                "\"publicationYear\":1941,\"themes\":[\"PHYSICAL_PROTECTION\"]",
                "hostile vehicle mitigation bollards");
        String html = mvc.perform(get("/library?q=bollards&year=1941&lang=fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Bibliothèque");
        assertThat(page.select("form[action=/library] input[name=q]").attr("value"))
                .isEqualTo("bollards");
        assertThat(page.select("input[type=checkbox][name=theme][value=PHYSICAL_PROTECTION]"))
                .hasSize(1);
        assertThat(page.select("input[type=checkbox][name=year][value=1941]").hasAttr("checked"))
                .isTrue();
        assertThat(page.select("#library-results a").eachText()).contains(title);
        assertThat(page.select(".vtp-snippet mark").eachText()).contains("bollards");
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        String html = mvc.perform(get("/library?q=anything").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("HX-Request")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<html").doesNotContain("<h1");
    }

    @Test
    void aDocumentPageLinksItsMetadataToFilteredSearchesAndOffersTheDownload() throws Exception {
        String title = unique("Religious sites page");
        long id = add(
                title, AccessLevel.PUBLIC, "\"targetTypes\":[\"RELIGIOUS_SITE\"],\"countries\":[\"TUN\"]", "worship");
        var page = Jsoup.parse(mvc.perform(get("/library/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("a[href=/library?targetType=RELIGIOUS_SITE]").text())
                .isEqualTo("Religious sites and places of worship");
        assertThat(page.select("a[href=/library?country=TUN]").text()).isEqualTo("Tunisia");
        assertThat(page.select("a[href=/library/" + id + "/file]")).hasSize(1);
        mvc.perform(get("/library/" + id + "/file"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
    }

    @Test
    void aRestrictedDocumentPageIsNotFoundForReadersWhoMayNotSeeIt() throws Exception {
        long id = add(unique("Restricted page"), AccessLevel.RESTRICTED, "", "restricted");
        mvc.perform(get("/library/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + id).with(SignedIn.as(Role.EXPERT))).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + id + "/file").with(SignedIn.as(Role.PARTNER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/library/" + id).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk());
    }
}
