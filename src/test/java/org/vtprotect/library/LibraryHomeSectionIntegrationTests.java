package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * The library's block on the home page (a {@code HomeSection}): the five public documents added
 * last, linked, never a network or restricted one, and the number of documents the visitor may
 * read, linking to the library.
 */
@IntegrationTest
class LibraryHomeSectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    long add(String title, AccessLevel level) throws Exception {
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(title, level, "\"language\":\"es\",\"url\":\"https://example.org/g\""))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    Document home(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    long count(Document home) {
        return Long.parseLong(home.select("#home-library-count").text().replaceAll("\\D", ""));
    }

    @Test
    void theNewestPublicDocumentsAndTheNumberAVisitorMayReadAreOnTheHomePage() throws Exception {
        long before = count(home(get("/")));
        String hostile = unique("<script>alert(1)</script> Home public");
        long publicId = add(hostile, AccessLevel.PUBLIC);
        String network = unique("Home network");
        add(network, AccessLevel.NETWORK);

        Document anonymous = home(get("/?lang=en"));
        assertThat(anonymous.select("h1")).hasSize(1);
        var links = anonymous.select("#home-library-recent a");
        assertThat(links).hasSizeLessThanOrEqualTo(5);
        assertThat(links.first().attr("href")).isEqualTo("/library/" + publicId);
        assertThat(links.first().text()).isEqualTo(hostile);
        assertThat(anonymous.select("#home-library script")).isEmpty();
        assertThat(anonymous.select("#home-library").text())
                .doesNotContain(network)
                .contains("Spanish");
        assertThat(anonymous.select("#home-library-count").attr("href")).isEqualTo("/library");
        assertThat(count(anonymous)).isEqualTo(before + 1);
        assertThat(anonymous.select("#home-library-count").text()).matches("[\\d,]+ documents?");

        Document expert = home(get("/").with(SignedIn.as(Role.EXPERT)));
        assertThat(count(expert))
                .as("network documents count for network members")
                .isGreaterThan(count(anonymous));
        assertThat(expert.select("#home-library-recent a").text()).doesNotContain(network);

        Document arabic = home(get("/?lang=ar"));
        assertThat(arabic.select("#home-library-title").text()).isEqualTo("المكتبة");
    }
}
