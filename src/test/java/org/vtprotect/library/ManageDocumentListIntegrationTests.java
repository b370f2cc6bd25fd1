package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.metadata;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** Programme staff's list of every document: withdrawn ones too, search by title, filters, paging; closed to others. */
@IntegrationTest
class ManageDocumentListIntegrationTests {

    @Autowired
    MockMvc mvc;

    /** A word no other test's titles hold. */
    final String token = "Catalogue" + UUID.randomUUID().toString().substring(0, 8);

    long add(String title, AccessLevel level) throws Exception {
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(title, level, "\"language\":\"en\",\"url\":\"https://example.org/guide\""))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    Document page(MockHttpServletRequestBuilder request, Role role) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(SignedIn.as(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void staffSeeWithdrawnDocumentsAndNarrowByTitleAccessAndStatus() throws Exception {
        long kept = add(token + " kept guide", AccessLevel.PUBLIC);
        long restricted = add(token + " restricted note", AccessLevel.RESTRICTED);
        long withdrawn = add(token + " withdrawn guide", AccessLevel.NETWORK);
        mvc.perform(post("/manage/library/documents/" + withdrawn + "/withdrawal")
                        .param("withdrawn", "true")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());

        for (Role role : new Role[] {Role.PROGRAMME_OFFICER, Role.ADMINISTRATOR}) {
            Document all = page(get("/manage/library/documents").param("q", token.toLowerCase()), role);
            assertThat(all.select("h1").text()).isEqualTo("Library documents");
            assertThat(all.select("tbody a").eachAttr("href"))
                    .as("the last changed first, each linking to its management page")
                    .containsExactly(
                            "/manage/library/documents/" + withdrawn,
                            "/manage/library/documents/" + restricted,
                            "/manage/library/documents/" + kept);
            assertThat(all.select("tbody tr").first().text()).contains("Withdrawn");
            assertThat(all.text()).contains("1–3 of 3 documents");
        }
        Role staff = Role.PROGRAMME_OFFICER;
        assertThat(page(get("/manage/library/documents?status=withdrawn&q=" + token), staff)
                        .select("tbody a")
                        .eachText())
                .containsExactly(token + " withdrawn guide");
        assertThat(page(get("/manage/library/documents?status=available&q=" + token), staff)
                        .select("tbody a")
                        .eachText())
                .containsExactly(token + " restricted note", token + " kept guide");
        Document restrictedOnly = page(get("/manage/library/documents?accessLevel=RESTRICTED&q=" + token), staff);
        assertThat(restrictedOnly.select("tbody a").eachText()).containsExactly(token + " restricted note");
        assertThat(restrictedOnly
                        .select("#accessLevel option[value=RESTRICTED]")
                        .hasAttr("selected"))
                .isTrue();
    }

    @Test
    void theListPagesTwentyAtATimeKeepingTheFilter() throws Exception {
        for (int i = 0; i < 21; i++) {
            add(token + " page " + i, AccessLevel.PUBLIC);
        }
        Document first = page(get("/manage/library/documents?accessLevel=PUBLIC&q=" + token), Role.ADMINISTRATOR);
        assertThat(first.select("tbody tr")).hasSize(20);
        assertThat(first.text()).contains("1–20 of 21 documents");
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).contains("q=" + token).contains("accessLevel=PUBLIC").contains("page=1");
        Document second = page(get(next), Role.ADMINISTRATOR);
        assertThat(second.select("tbody a").eachText()).containsExactly(token + " page 0");
        assertThat(second.text()).contains("21–21 of 21 documents");
        assertThat(second.select("a[rel=prev]").attr("href")).doesNotContain("page=");
    }

    @Test
    void oddSearchesFindNothingAndBadPagesAreRefused() throws Exception {
        add(token + " odd", AccessLevel.PUBLIC);
        Document wildcard = page(get("/manage/library/documents").param("q", token + "%"), Role.PROGRAMME_OFFICER);
        assertThat(wildcard.select("tbody tr")).isEmpty();
        assertThat(wildcard.text()).contains("No document matches");
        Document script = page(
                get("/manage/library/documents").param("q", "<script>alert(1)</script>' OR 1=1 --"),
                Role.PROGRAMME_OFFICER);
        assertThat(script.select("#q").attr("value")).isEqualTo("<script>alert(1)</script>' OR 1=1 --");
        assertThat(script.select("script:containsData(alert)")).isEmpty();
        assertThat(page(get("/manage/library/documents").param("q", "x".repeat(5000)), Role.PROGRAMME_OFFICER)
                        .select("#q")
                        .attr("value"))
                .hasSize(200);
        for (String bad : new String[] {"-1", "abc", "99999999999"}) {
            mvc.perform(get("/manage/library/documents?page=" + bad).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        add(token + " fragment", AccessLevel.PUBLIC);
        String html = mvc.perform(get("/manage/library/documents?q=" + token)
                        .header("HX-Request", "true")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<html").doesNotContain("<h1").contains(token + " fragment");
    }

    @Test
    void otherRolesAreRefusedAndVisitorsAskedToSignIn() throws Exception {
        for (Role role : new Role[] {Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR}) {
            mvc.perform(get("/manage/library/documents").with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/manage/library/documents")).andExpect(status().is3xxRedirection());
    }
}
