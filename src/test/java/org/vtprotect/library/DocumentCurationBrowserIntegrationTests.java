package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;
import static org.vtprotect.library.LibraryFixtures.uniqueText;

import com.jayway.jsonpath.JsonPath;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;
import org.vtprotect.support.TestAdmin;

/**
 * An administrator curates a document in a real Chromium: its management page with two file
 * versions, the edit form blank and with an error, the new-file form and the withdrawal
 * confirmation, and the search index page through a rebuild; axe-core finds no WCAG 2.1 A/AA violation on any of
 * them, in English and Arabic.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class DocumentCurationBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    private Browser browser;
    private String title;
    private long id;

    @BeforeAll
    void addADocumentWithTwoVersionsAndSignIn() throws Exception {
        title = unique("Curated guide");
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(title, AccessLevel.NETWORK, "\"themes\":[\"EXERCISES\"]"))
                        // its own bytes: another test class of the shared database holds the fixture PDFs
                        .file(uniqueText("first edition"))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(multipart("/api/v1/library/documents/" + id + "/file")
                        .file(new MockMultipartFile(
                                "file",
                                "second-edition.txt",
                                "text/plain",
                                (title + " second edition " + System.nanoTime()).getBytes()))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk());
        browser = Browser.open(port, getClass());
        browser.visit("/login?lang=en");
        browser.visible(By.id("email")).sendKeys(TestAdmin.EMAIL);
        browser.visible(By.id("password")).sendKeys(TestAdmin.PASSWORD);
        browser.visible(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        browser.waitFor(d -> !browser.path().startsWith("/login"));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCurationPagesAreAccessibleInEnglishAndArabic() {
        String base = "/manage/library/documents/" + id;
        for (String lang : new String[] {"en", "ar"}) {
            browser.visit(base + "?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(title);
            assertThat(browser.driver().findElements(By.cssSelector("#versions tbody tr")))
                    .hasSize(2);
            check("curation-document-" + lang);

            browser.visit(base + "/edit?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text("library.manage.edit.title", lang));
            check("curation-edit-" + lang);
            browser.visible(By.id("title")).clear();
            browser.visible(By.cssSelector("form[action$='/edit'] button[type=submit]"))
                    .click();
            browser.visible(By.id("error-summary"));
            assertThat(browser.visible(By.id("title-error")).getText())
                    .isEqualTo(text("library.field.title.required", lang));
            check("curation-edit-errors-" + lang);

            browser.visit(base + "/file?lang=" + lang);
            check("curation-file-" + lang);

            browser.visit(base + "/withdrawal?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo(text("library.manage.withdraw.title", lang));
            check("curation-withdrawal-" + lang);
        }
        browser.visit(base + "?lang=en");
    }

    @Test
    void theSearchIndexPageShowsTheRebuildToItsEndAndIsAccessible() {
        for (String lang : new String[] {"en", "ar"}) {
            browser.visit("/manage/library/index?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text("library.index.title", lang));
            browser.visible(By.cssSelector("form[action='/manage/library/index'] button"))
                    .click();
            // htmx replaces the progress section every second until the rebuild is done: read it in one step
            browser.waitFor(d -> text("library.index.state.SUCCEEDED", lang)
                    .equals(browser.driver()
                            .executeScript("var s = document.getElementById('index-state');"
                                    + " return s && document.getElementById('index-bar').value === 100"
                                    + " ? s.innerText.trim() : null;")));
            check("index-" + lang);
        }
        browser.visit("/manage/library/index?lang=en");
    }

    private void check(String name) {
        browser.screenshot(name);
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
        browser.assertAccessible(name);
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
