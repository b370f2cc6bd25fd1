package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.library.LibraryCatalogue.Recent;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The "recently added" block of the home page: the newest documents any visitor may read, and only those. */
@IntegrationTest
class RecentlyAddedIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LibraryCatalogue catalogue;

    long add(String title, AccessLevel level, int year) throws Exception {
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(
                                title,
                                level,
                                "\"language\":\"fr\",\"publicationYear\":" + year
                                        + ",\"summary\":\"Résumé\",\"url\":\"https://example.org/guide\""))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void theNewestPublicDocumentsComeFirstWithoutRestrictedNetworkOrWithdrawnOnes() throws Exception {
        String older = unique("Recent public older");
        // an old publication added last still counts as recently added
        String newer = unique("Recent public newer");
        long olderId = add(older, AccessLevel.PUBLIC, 2021);
        long newerId = add(newer, AccessLevel.PUBLIC, 1990);
        add(unique("Recent network"), AccessLevel.NETWORK, 2022);
        add(unique("Recent restricted"), AccessLevel.RESTRICTED, 2022);
        long withdrawn = add(unique("Recent withdrawn"), AccessLevel.PUBLIC, 2022);
        mvc.perform(post("/manage/library/documents/" + withdrawn + "/withdrawal")
                        .param("withdrawn", "true")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());

        var recent = catalogue.recentlyAdded(2);
        assertThat(recent).extracting(Recent::id).containsExactly(newerId, olderId);
        Recent first = recent.get(0);
        assertThat(first.title()).isEqualTo(newer);
        assertThat(first.summary()).isEqualTo("Résumé");
        assertThat(first.language()).isEqualTo("fr");
        assertThat(first.publicationYear()).isEqualTo(1990);
        assertThat(first.addedAt()).isAfterOrEqualTo(recent.get(1).addedAt());
    }

    @Test
    void theLimitIsKeptWithinBounds() throws Exception {
        add(unique("Recent bound"), AccessLevel.PUBLIC, 2020);
        assertThat(catalogue.recentlyAdded(0)).isEmpty();
        assertThat(catalogue.recentlyAdded(-5)).isEmpty();
        assertThat(catalogue.recentlyAdded(1)).hasSize(1);
        assertThat(catalogue.recentlyAdded(Integer.MAX_VALUE)).hasSizeLessThanOrEqualTo(LibraryCatalogue.MAX_RECENT);
    }
}
