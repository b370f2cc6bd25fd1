package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;
import static org.vtprotect.library.LibraryFixtures.uniqueText;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * A document's curation pages: its management page with the versions, editing every field of its
 * description (errors beside the fields, typed text kept, a change saved meanwhile by someone else
 * shown rather than overwritten), a new file, withdrawal and reinstatement after confirmation,
 * search following each change, and the pages closed to everyone but programme staff.
 */
@IntegrationTest
class DocumentCurationPagesIntegrationTests {

    static final RequestPostProcessor OFFICER =
            SignedIn.as(4_242L, "curator@example.org", null, Role.PROGRAMME_OFFICER);

    @Autowired
    MockMvc mvc;

    long add(String title, String text) throws Exception {
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(title, AccessLevel.PUBLIC, "\"language\":\"en\""))
                        .file(uniqueText(text))
                        .with(OFFICER))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
    }

    List<Long> found(String words) throws Exception {
        List<Number> ids = JsonPath.read(
                mvc.perform(get("/api/v1/library/search").param("q", words))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void anOfficerEditsEveryFieldAndSearchFindsTheNewDescriptionAtOnce() throws Exception {
        String before = word();
        String after = word();
        long id = add(unique("Edit me " + before), "market barriers");
        String base = "/manage/library/documents/" + id;

        Document form = page(get(base + "/edit").with(OFFICER));
        assertThat(form.select("h1").text()).isEqualTo("Edit the document");
        assertThat(form.select("input[name=version]").attr("value")).isNotEmpty();
        for (String field : List.of(
                "title",
                "summary",
                "language",
                "publicationYear",
                "sourceOrganisationId",
                "url",
                "accessLevel",
                "targetTypes",
                "threatTypes",
                "themes",
                "actorTypes",
                "phases",
                "countries",
                "regions",
                "sharedWithOrganisations")) {
            assertThat(form.select("[name=" + field + "]")).as(field).hasSize(1);
            assertThat(form.select("label[for=" + field + "]"))
                    .as("label of " + field)
                    .hasSize(1);
        }
        assertThat(form.select("#regions option[value=002]").text()).isEqualTo("Africa");

        mvc.perform(post(base + "/edit")
                        .param("version", form.select("input[name=version]").attr("value"))
                        .param("title", "Guide " + after)
                        .param("summary", "A new summary")
                        .param("language", "en")
                        .param("publicationYear", "2020")
                        .param("accessLevel", "PUBLIC")
                        .param("themes", "EXERCISES")
                        .param("countries", "TUN")
                        .param("regions", "002")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("notice", "library.manage.notice.saved"));

        assertThat(found(after)).contains(id);
        assertThat(found(before)).doesNotContain(id);
        Document edited = page(get(base + "/edit").with(OFFICER));
        assertThat(edited.select("#regions option[value=002]").hasAttr("selected"))
                .isTrue();
        assertThat(edited.select("#countries option[value=TUN]").hasAttr("selected"))
                .isTrue();
        assertThat(edited.select("#publicationYear").attr("value")).isEqualTo("2020");
    }

    @Test
    void errorsAreBesideTheFieldsAndEverythingTypedIsKept() throws Exception {
        long id = add(unique("Errors"), "text");
        String base = "/manage/library/documents/" + id;
        String version = page(get(base + "/edit").with(OFFICER))
                .select("input[name=version]")
                .attr("value");
        Document page = page(post(base + "/edit")
                .param("version", version)
                .param("title", "")
                .param("summary", "Kept summary")
                .param("publicationYear", "1492")
                .param("sourceOrganisationId", "987654321")
                .param("accessLevel", "NETWORK")
                .param("regions", "002", "150")
                .param("url", "javascript:alert(1)")
                .with(csrf())
                .with(OFFICER));
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .contains("#publicationYear", "#sourceOrganisationId");
        assertThat(page.select("#summary").text()).isEqualTo("Kept summary");
        assertThat(page.select("#accessLevel option[value=NETWORK]").hasAttr("selected"))
                .isTrue();
        assertThat(page.select("#regions option[selected]").eachAttr("value")).containsExactlyInAnyOrder("150", "002");
        assertThat(page.select("#sourceOrganisationId").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#sourceOrganisationId").attr("aria-describedby"))
                .isEqualTo("sourceOrganisationId-error");

        Document second = page(post(base + "/edit")
                .param("version", version)
                .param("sourceOrganisationId", "not a number")
                .param("title", " ")
                .param("accessLevel", "PUBLIC")
                .param("url", "javascript:alert(1)")
                .with(csrf())
                .with(OFFICER));
        assertThat(second.select("#error-summary a").eachAttr("href")).contains("#sourceOrganisationId");
        assertThat(second.select("#title").attr("value")).isEqualTo(" ");
        assertThat(second.select("#url").attr("value")).isEqualTo("javascript:alert(1)");
        Document third = page(post(base + "/edit")
                .param("version", version)
                .param("title", " ")
                .param("accessLevel", "PUBLIC")
                .param("url", "javascript:alert(1)")
                .with(csrf())
                .with(OFFICER));
        assertThat(third.select("#error-summary a").eachAttr("href")).contains("#title", "#url");
        assertThat(third.select("#title-error").text()).isEqualTo("Give the document a title.");
    }

    @Test
    void aScriptInTheTitleIsShownAsTextEverywhere() throws Exception {
        long id = add(unique("Hostile"), "text");
        String base = "/manage/library/documents/" + id;
        String version = page(get(base + "/edit").with(OFFICER))
                .select("input[name=version]")
                .attr("value");
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        mvc.perform(post(base + "/edit")
                        .param("version", version)
                        .param("title", hostile)
                        .param("accessLevel", "PUBLIC")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        for (var request : List.of(
                get(base).with(OFFICER),
                get("/library/" + id),
                get(base + "/edit").with(OFFICER))) {
            Document shown = page(request);
            assertThat(shown.select("main script, main img")).isEmpty();
            assertThat(shown.select("h1").text()
                            + shown.select("input[name=title]").attr("value"))
                    .contains(hostile);
        }
    }

    @Test
    void twoOfficersEditingAtOnceTheSecondIsToldAndLosesNothing() throws Exception {
        long id = add(unique("Concurrent"), "text");
        String base = "/manage/library/documents/" + id;
        String opened = page(get(base + "/edit").with(OFFICER))
                .select("input[name=version]")
                .attr("value");
        String first = unique("First saved");
        mvc.perform(post(base + "/edit")
                        .param("version", opened)
                        .param("title", first)
                        .param("accessLevel", "PUBLIC")
                        .with(csrf())
                        .with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().is3xxRedirection());

        String second = unique("Second typed");
        Document page = page(post(base + "/edit")
                .param("version", opened)
                .param("title", second)
                .param("summary", "typed by the second officer")
                .param("accessLevel", "PUBLIC")
                .with(csrf())
                .with(OFFICER));
        assertThat(page.select("#conflict").text()).contains("Someone else saved changes to this document");
        assertThat(page.select("#title").attr("value")).isEqualTo(second);
        assertThat(page.select("#summary").text()).isEqualTo("typed by the second officer");
        assertThat(page.select("input[name=version]").attr("value")).isNotEqualTo(opened);
        assertThat(page(get(base).with(OFFICER)).select("h1").text()).isEqualTo(first);

        mvc.perform(post(base + "/edit")
                        .param("version", page.select("input[name=version]").attr("value"))
                        .param("title", second)
                        .param("accessLevel", "PUBLIC")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(redirectedUrl(base));
        assertThat(page(get(base).with(OFFICER)).select("h1").text()).isEqualTo(second);
    }

    @Test
    void aNewFileBecomesTheCurrentVersionAndEveryVersionIsListedForStaffOnly() throws Exception {
        String oldWord = word();
        String newWord = word();
        long id = add(unique("Versions"), "old text " + oldWord);
        String base = "/manage/library/documents/" + id;

        Document fileForm = page(get(base + "/file").with(OFFICER));
        assertThat(fileForm.select("input[type=file][name=file]")).hasSize(1);
        Document empty = page(multipart(base + "/file")
                .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                .with(csrf())
                .with(OFFICER));
        assertThat(empty.select("#file-error").text()).isEqualTo("The file is empty.");

        mvc.perform(multipart(base + "/file")
                        .file(new MockMultipartFile(
                                "file", "second.txt", "text/plain", ("new text " + newWord).getBytes()))
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("notice", "library.manage.notice.replaced"));

        assertThat(found(newWord)).contains(id);
        assertThat(found(oldWord)).doesNotContain(id);
        Document manage = page(get(base).with(OFFICER));
        var rows = manage.select("#versions tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("2", "current", "second.txt", "curator@example.org", "bytes");
        assertThat(rows.get(0).select("code").text()).hasSize(64);
        assertThat(rows.get(1).text()).contains("1", "note.txt");

        assertThat(page(get("/library/" + id).with(SignedIn.as(Role.ADMINISTRATOR)))
                        .select("#versions tbody tr"))
                .hasSize(2);
        assertThat(page(get("/library/" + id)).select("#versions")).isEmpty();
        assertThat(page(get("/library/" + id).with(SignedIn.as(Role.EXPERT))).select("#versions"))
                .isEmpty();
        mvc.perform(get("/api/v1/library/documents/" + id))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.files[1].addedBy")
                                .doesNotExist());
    }

    @Test
    void withdrawingAsksFirstThenHidesTheDocumentUntilItIsPutBack() throws Exception {
        String token = word();
        long id = add(unique("Withdraw " + token), "text");
        String base = "/manage/library/documents/" + id;

        Document confirm = page(get(base + "/withdrawal").with(OFFICER));
        assertThat(confirm.select("h1").text()).isEqualTo("Withdraw this document?");
        assertThat(confirm.select("form input[name=withdrawn]").attr("value")).isEqualTo("true");
        assertThat(found(token)).contains(id);

        mvc.perform(post(base + "/withdrawal")
                        .param("withdrawn", "true")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(redirectedUrl(base));
        assertThat(found(token)).doesNotContain(id);
        mvc.perform(get("/library/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/library/" + id + "/file")).andExpect(status().isNotFound());
        assertThat(page(get(base).with(OFFICER)).text()).contains("Withdrawn");

        assertThat(page(get(base + "/withdrawal").with(OFFICER)).select("h1").text())
                .isEqualTo("Put this document back?");
        mvc.perform(post(base + "/withdrawal")
                        .param("withdrawn", "false")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(redirectedUrl(base));
        assertThat(found(token)).contains(id);
        mvc.perform(get("/library/" + id)).andExpect(status().isOk());
    }

    @Test
    void onlyProgrammeStaffReachTheCurationPages() throws Exception {
        long id = add(unique("Closed"), "text");
        String base = "/manage/library/documents/" + id;
        for (Role role : List.of(Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR)) {
            for (String path : List.of(base, base + "/edit", base + "/file", base + "/withdrawal")) {
                mvc.perform(get(path).with(SignedIn.as(role))).andExpect(status().isForbidden());
            }
            mvc.perform(post(base + "/withdrawal").with(csrf()).with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(base + "/edit")).andExpect(status().is3xxRedirection());
        mvc.perform(get(base).with(SignedIn.as(Role.ADMINISTRATOR))).andExpect(status().isOk());
        mvc.perform(get("/manage/library/documents/987654321").with(OFFICER)).andExpect(status().isNotFound());
        mvc.perform(get("/manage/library/" + id).with(OFFICER)).andExpect(redirectedUrl(base));
        mvc.perform(get("/library/" + id)).andExpect(status().isOk());
    }
}
