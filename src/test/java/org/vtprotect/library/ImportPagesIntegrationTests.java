package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.library.internal.Zips;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * The import pages: the manifest documented with a template to download, an archive refused with
 * the reason beside the file field, and an import's page showing its progress, polled by htmx only
 * while it runs, then the files imported linked to their documents and those refused with why.
 */
@IntegrationTest
class ImportPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theImportsPageDocumentsTheManifestAndOffersATemplateInTheReadersLanguage() throws Exception {
        Document page = page("/manage/library/imports?lang=fr");
        assertThat(page.select("h1").text()).isEqualTo("Imports en masse");
        assertThat(page.select("input[type=file][name=archive]")).hasSize(1);
        assertThat(page.select("table code").eachText()).contains("file", "title", "themes", "accessLevel", "url");
        assertThat(page.text()).contains("point-virgule");
        assertThat(page.select("a[href='/manage/library/imports/manifest.csv']"))
                .hasSize(1);
        assertThat(page("/manage/library/documents").select("main a[href='/manage/library/imports']"))
                .hasSize(1);

        byte[] csv = mvc.perform(
                        get("/manage/library/imports/manifest.csv?lang=fr").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"manifest.csv\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String[] lines = new String(csv, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0])
                .isEqualTo("\uFEFFfile,title,summary,language,publicationYear,sourceOrganisation,targetTypes,"
                        + "threatTypes,themes,actorTypes,phases,countries,regions,accessLevel,url");
        assertThat(lines[1]).contains("Protéger une place de marché", ",fr,", "TJK;UZB", "PUBLIC");
    }

    @Test
    void aRefusedArchiveIsExplainedBesideTheFileField() throws Exception {
        String html = mvc.perform(multipart("/manage/library/imports")
                        .file(Imports.archive(Zips.of()
                                .add("manifest.csv", "file,title\n")
                                .add("../x.txt", "x")
                                .bytes()))
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#archive.is-invalid").attr("aria-describedby")).contains("archive-error");
        assertThat(page.select("#archive-error").text()).contains("../x.txt");
        assertThat(page.select("#error-summary a[href='#archive']")).hasSize(1);

        Document none = Jsoup.parse(
                mvc.perform(multipart("/manage/library/imports").with(csrf()).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(none.select("#archive-error").text()).isEqualTo("Choose a ZIP archive to import.");
    }

    @Test
    void anImportsPageShowsItsProgressThenTheFilesImportedAndRefused() throws Exception {
        String word = "Pagebatch" + UUID.randomUUID().toString().substring(0, 8);
        byte[] zip = Zips.of()
                .add(
                        "manifest.csv",
                        "file,title,accessLevel\nnote.txt," + word + " note,PUBLIC\nbad.txt," + word + " bad,SECRET\n")
                .add("note.txt", "Evacuation routes for a stadium " + word)
                .add("bad.txt", "Another note " + word)
                .bytes();
        String location = mvc.perform(multipart("/manage/library/imports")
                        .file(Imports.archive(zip))
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(redirectedUrlPattern("/manage/library/imports/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        // whatever the moment, the page polls and offers Refresh exactly while the import runs
        Document early = page(location);
        boolean running = !early.select("#import-state").attr("data-state").matches("FINISHED|FAILED");
        assertThat(early.select("#import-progress[hx-trigger='every 2s']").isEmpty())
                .isEqualTo(!running);
        assertThat(early.select("a.btn[href='" + location + "']").isEmpty()).isEqualTo(!running);

        Imports.over(mvc, id, "en");
        Document page = page(location);
        assertThat(page.select("h1").text()).isEqualTo("Import of “batch.zip”");
        assertThat(page.select("#import-state").attr("data-state")).isEqualTo("FINISHED");
        assertThat(page.select("#import-progress").hasAttr("hx-trigger")).isFalse();
        assertThat(page.select("progress").attr("value")).isEqualTo("100");
        assertThat(page.select("#import-imported a").text()).isEqualTo("note.txt");
        assertThat(page.select("#import-imported a").attr("href")).matches("/library/\\d+");
        assertThat(page.select("#import-failed tbody tr").text())
                .contains("bad.txt", "row 3", "Column accessLevel: Give PUBLIC, NETWORK or RESTRICTED.");

        String fragment = mvc.perform(get(location).header("HX-Request", "true").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"import-progress\"");

        Document list = page("/manage/library/imports?q=batch&state=FINISHED");
        assertThat(list.select("a[href='" + location + "']")).hasSize(1);
        assertThat(page("/manage/library/imports?state=QUEUED").select("a[href='" + location + "']"))
                .isEmpty();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
