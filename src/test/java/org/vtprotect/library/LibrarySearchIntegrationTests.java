package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.file;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Search over real files in five languages: accent folding, Arabic and Russian stemming, Chinese,
 * facets (OR within, AND across), snippets, and the access rule in results, counts and snippets
 * for every kind of reader. The fixtures carry years 1931-1936 so that the assertions can isolate
 * them from documents other tests add to the shared database.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibrarySearchIntegrationTests {

    static final String MINE = "year=1931&year=1932&year=1933&year=1934&year=1935&year=1936";

    @Autowired
    MockMvc mvc;

    String arabicTitle;

    @BeforeAll
    void addTheMultilingualFixtures() throws Exception {
        arabicTitle = unique("حماية المواقع السياحية");
        add(
                "ar-tourist-venues.pdf",
                arabicTitle,
                AccessLevel.PUBLIC,
                1931,
                "\"targetTypes\":[\"TOURIST_VENUE\"],\"countries\":[\"TUN\"]");
        add(
                "ru-crowded-places.odt",
                unique("Места скопления"),
                AccessLevel.NETWORK,
                1932,
                "\"targetTypes\":[\"MAJOR_EVENT\"],\"threatTypes\":[\"UAS\"]");
        add(
                "zh-drones.txt",
                unique("无人机"),
                AccessLevel.RESTRICTED,
                1933,
                "\"targetTypes\":[\"TOURIST_VENUE\"],\"threatTypes\":[\"UAS\"],\"sharedWithOrganisations\":[777]");
        add(
                "es-religious-sites.doc",
                unique("Sitios religiosos"),
                AccessLevel.PUBLIC,
                1934,
                "\"targetTypes\":[\"RELIGIOUS_SITE\"]");
        add(
                "en-religious-sites.pdf",
                unique("Religious sites"),
                AccessLevel.PUBLIC,
                1935,
                "\"targetTypes\":[\"RELIGIOUS_SITE\"]");
        add(
                "fr-urban-centres.html",
                unique("Centres urbains"),
                AccessLevel.PUBLIC,
                1936,
                "\"targetTypes\":[\"URBAN_CENTRE\"]");
    }

    void add(String file, String title, AccessLevel level, int year, String extra) throws Exception {
        add(file(file), title, level, year, extra);
    }

    void add(MockMultipartFile file, String title, AccessLevel level, int year, String extra) throws Exception {
        mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(title, level, "\"publicationYear\":" + year + "," + extra))
                        .file(file)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated());
    }

    String search(String query, RequestPostProcessor... as) throws Exception {
        var request = get("/api/v1/library/search?" + query);
        for (RequestPostProcessor p : as) {
            request.with(p);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static List<String> titles(String json) {
        return JsonPath.read(json, "$.items[*].title");
    }

    @Test
    void accentsAndCaseDoNotMatter() throws Exception {
        String json = search("q=SECURITE&" + MINE);
        assertThat(titles(json)).anyMatch(t -> t.startsWith("Centres urbains"));
        List<String> snippets = JsonPath.read(json, "$.items[*].snippet");
        assertThat(snippets).anyMatch(s -> s.contains("<mark>sécurité</mark>"));
    }

    @Test
    void arabicIsFoundWithoutItsArticleAndRussianByItsStem() throws Exception {
        assertThat(titles(search("q=فنادق&" + MINE))).containsExactly(arabicTitle);
        assertThat(titles(search("q=стадион&" + MINE))).isEmpty();
        assertThat(titles(search("q=стадион&" + MINE, SignedIn.as(Role.EXPERT))))
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("Места скопления"));
    }

    @Test
    void restrictedDocumentsReachOnlyStaffAndThoseTheyAreSharedWithInResultsCountsAndSnippets() throws Exception {
        for (Role role : new Role[] {Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR}) {
            String json = search("q=无人机系统&" + MINE, SignedIn.as(role));
            assertThat(json).doesNotContain("无人机");
            assertThat((Integer) JsonPath.read(json, "$.totalItems")).isZero();
            assertThat((Map<String, Integer>) JsonPath.read(json, "$.facets.threatType"))
                    .doesNotContainKey("UAS");
        }
        String anonymous = search(MINE);
        assertThat((Integer) JsonPath.read(anonymous, "$.totalItems")).isEqualTo(4);
        assertThat((Map<String, Integer>) JsonPath.read(anonymous, "$.facets.threatType"))
                .doesNotContainKey("UAS");
        assertThat((Map<String, Integer>) JsonPath.read(anonymous, "$.facets.targetType"))
                .containsEntry("RELIGIOUS_SITE", 2)
                .containsEntry("TOURIST_VENUE", 1)
                .containsEntry("URBAN_CENTRE", 1)
                .doesNotContainKey("MAJOR_EVENT");
        assertThat((Integer) JsonPath.read(search(MINE, SignedIn.as(Role.EXPERT)), "$.totalItems"))
                .isEqualTo(5);
        for (Role role : new Role[] {Role.PROGRAMME_OFFICER, Role.ADMINISTRATOR}) {
            String json = search("q=无人机系统&" + MINE, SignedIn.as(role));
            assertThat(json).contains("<mark>");
            assertThat((Map<String, Integer>) JsonPath.read(json, "$.facets.threatType"))
                    .containsEntry("UAS", 1);
            assertThat((Integer) JsonPath.read(search(MINE, SignedIn.as(role)), "$.totalItems"))
                    .isEqualTo(6);
        }
        String shared = search("q=无人机系统&" + MINE, SignedIn.as(555_001L, "member@example.org", 777L, Role.EXPERT));
        assertThat(titles(shared)).anyMatch(t -> t.startsWith("无人机"));
    }

    @Test
    void valuesOfOneFacetAddUpWhileFacetsNarrowEachOther() throws Exception {
        String either = search("targetType=RELIGIOUS_SITE&targetType=TOURIST_VENUE&" + MINE);
        assertThat((Integer) JsonPath.read(either, "$.totalItems")).isEqualTo(3);
        assertThat((Map<String, Integer>) JsonPath.read(either, "$.facets.targetType"))
                .as("the chosen facet still counts its other values")
                .containsEntry("URBAN_CENTRE", 1);
        String both = search("targetType=RELIGIOUS_SITE&language=es&" + MINE);
        assertThat((Integer) JsonPath.read(both, "$.totalItems")).isEqualTo(1);
        assertThat((Map<String, Integer>) JsonPath.read(both, "$.facets.language"))
                .containsEntry("es", 1)
                .containsEntry("en", 1);
    }

    @Test
    void withoutWordsTheNewestComeFirst() throws Exception {
        String json = search(MINE);
        List<Integer> years = JsonPath.read(json, "$.items[*].publicationYear");
        assertThat(years).containsExactly(1936, 1935, 1934, 1931);
        mvc.perform(get("/api/v1/library/search?" + MINE + "&size=2&page=1"))
                .andExpect(jsonPath("$.items[0].publicationYear").value(1934))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(4));
    }

    @Test
    void snippetsAreEscaped() throws Exception {
        String title = unique("Escaping");
        add(
                new MockMultipartFile(
                        "file",
                        "x.txt",
                        "text/plain",
                        ("<script>alert(1)</script> bollard installation " + title).getBytes()),
                title,
                AccessLevel.PUBLIC,
                1937,
                "\"language\":\"en\"");
        String json = search("q=bollard&year=1937");
        List<String> snippets = JsonPath.read(json, "$.items[*].snippet");
        assertThat(snippets)
                .singleElement()
                .satisfies(s -> assertThat(s)
                        .contains("&lt;script&gt;")
                        .contains("<mark>bollard</mark>")
                        .doesNotContain("<script>"));
    }

    @Test
    void badPagingIsRefused() throws Exception {
        mvc.perform(get("/api/v1/library/search?size=500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/library/search?page=-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/library/search?year=abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }
}
