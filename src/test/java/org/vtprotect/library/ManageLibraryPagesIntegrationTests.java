package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.unique;
import static org.vtprotect.library.LibraryFixtures.uniqueText;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** Programme officers add a document through the form, see errors beside the fields with what they typed kept, and withdraw it. */
@IntegrationTest
class ManageLibraryPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anOfficerAddsADocumentWithAFileThenWithdrawsItAndReadersNoLongerFindIt() throws Exception {
        String title = unique("Form upload");
        String location = mvc.perform(multipart("/manage/library")
                        .file(uniqueText("crowd management at festivals"))
                        .param("title", title)
                        .param("accessLevel", "PUBLIC")
                        .param("targetTypes", "MAJOR_EVENT")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(redirectedUrlPattern("/library/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String id = location.substring("/library/".length());
        mvc.perform(get(location)).andExpect(status().isOk());

        mvc.perform(post("/manage/library/documents/" + id + "/withdrawal")
                        .param("withdrawn", "true")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get(location).with(SignedIn.as(Role.ADMINISTRATOR))).andExpect(status().isNotFound());
        var edit = Jsoup.parse(
                mvc.perform(get("/manage/library/documents/" + id + "/edit").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(edit.select("input[name=title]").attr("value")).isEqualTo(title);
        var reinstate = Jsoup.parse(mvc.perform(get("/manage/library/documents/" + id + "/withdrawal")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(reinstate.select("input[name=withdrawn]").attr("value")).isEqualTo("false");
    }

    @Test
    void errorsAreShownBesideTheFieldsAndWhatWasTypedIsKept() throws Exception {
        var page = Jsoup.parse(mvc.perform(multipart("/manage/library")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .param("title", "")
                        .param("summary", "<script>alert(1)</script>")
                        .param("publicationYear", "next year")
                        .param("accessLevel", "PUBLIC")
                        .param("themes", "EXERCISES")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#error-summary a[href=#publicationYear]")).hasSize(1);
        assertThat(page.select("#publicationYear").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#summary").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.select("#themes option[value=EXERCISES]").hasAttr("selected"))
                .isTrue();

        var second = Jsoup.parse(mvc.perform(multipart("/manage/library")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .param("title", "")
                        .param("accessLevel", "PUBLIC")
                        .with(csrf())
                        .with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(second.select("#error-summary a[href=#title]")).hasSize(1);
        assertThat(second.select("#error-summary a[href=#file]")).hasSize(1);
    }
}
