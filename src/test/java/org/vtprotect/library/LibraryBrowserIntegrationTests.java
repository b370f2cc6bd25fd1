package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.file;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;
import org.vtprotect.support.TestAdmin;

/**
 * A visitor's journey through the library in a real Chromium: a programme officer has added a real
 * PDF; the visitor searches for a word of it, narrows by a facet, opens the document and downloads
 * it. axe-core finds no WCAG 2.1 A/AA violation on the search and document pages, in English and Arabic.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class LibraryBrowserIntegrationTests {

    /** A word only the fixture holds (in its extracted text, not its title). */
    private static final String WORD = "quartermaster";

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
    void addTheDocumentAndOpenABrowser() throws Exception {
        title = unique("Stadium gates");
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(
                                metadata(
                                        title,
                                        AccessLevel.PUBLIC,
                                        "\"publicationYear\":2019,\"targetTypes\":[\"MAJOR_EVENT\"],\"themes\":[\"PHYSICAL_PROTECTION\"]"))
                        .file(file("en-stadium-screening.pdf"))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        id = ((Number) JsonPath.read(json, "$.id")).longValue();
        browser = Browser.open(port, getClass());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aVisitorSearchesNarrowsByAFacetOpensAndDownloadsADocument() throws Exception {
        browser.visit("/");
        browser.driver().manage().deleteAllCookies();
        browser.visit("/library?lang=en");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text("library.title", "en"));

        var query = browser.visible(By.id("q"));
        query.clear();
        query.sendKeys(WORD);
        browser.visible(By.cssSelector("#library-search button[type=submit]")).click();
        browser.waitFor(ExpectedConditions.urlContains("q=" + WORD));
        settled();
        browser.waitFor(d -> results().contains(title));
        assertThat(browser.visible(By.cssSelector(".vtp-snippet mark")).getText())
                .isEqualToIgnoringCase(WORD);

        browser.visible(By.cssSelector("label[for='f-targetType-MAJOR_EVENT']")).click();
        browser.visible(By.cssSelector("#library-search button[type=submit]")).click();
        browser.waitFor(ExpectedConditions.urlContains("targetType=MAJOR_EVENT"));
        settled();
        assertThat(browser.driver()
                        .executeScript("return document.getElementById('f-targetType-MAJOR_EVENT').checked;"))
                .isEqualTo(Boolean.TRUE);
        assertThat(results()).contains(title);
        check("search-en");

        browser.visible(By.linkText(title)).click();
        browser.waitFor(ExpectedConditions.urlToBe(url("/library/" + id)));
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(title);
        check("document-en");

        String href = browser.visible(By.cssSelector("a[download]")).getDomAttribute("href");
        assertThat(href).isEqualTo("/library/" + id + "/file");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url(href))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment").contains("en-stadium-screening.pdf"));
        assertThat(download.body()).isEqualTo(LibraryFixtures.bytes("en-stadium-screening.pdf"));
    }

    @Test
    void theSearchAndDocumentPagesAreAccessibleInArabic() {
        browser.visit("/library?q=" + WORD + "&targetType=MAJOR_EVENT&lang=ar");
        assertThat(browser.htmlAttribute("lang")).isEqualTo("ar");
        assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text("library.title", "ar"));
        assertThat(results()).contains(title);
        check("search-ar");

        browser.visit("/library/" + id + "?lang=ar");
        assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.visible(By.cssSelector("a[download]")).getText())
                .isEqualTo(text("library.document.download", "ar"));
        check("document-ar");
        browser.visit("/library?lang=en");
    }

    @Test
    void theCuratorsListIsAccessibleInEnglishAndArabic() {
        browser.visit("/");
        browser.driver().manage().deleteAllCookies();
        browser.visit("/login?lang=en");
        browser.visible(By.id("email")).sendKeys(TestAdmin.EMAIL);
        browser.visible(By.id("password")).sendKeys(TestAdmin.PASSWORD);
        browser.visible(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        browser.waitFor(d -> !browser.path().startsWith("/login"));
        for (String lang : new String[] {"en", "ar"}) {
            browser.visit("/manage/library/documents?q=Stadium+gates&lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text("library.manage.list.title", lang));
            assertThat(browser.visible(By.cssSelector("#document-results tbody"))
                            .getText())
                    .contains(title);
            check("documents-" + lang);
        }
        browser.visit("/library?lang=en");
        browser.driver().manage().deleteAllCookies();
    }

    /** Waits until htmx has no request in flight and has swapped in the last answer. */
    private void settled() {
        browser.waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript(
                        "return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null;")));
    }

    /** The text of the results, read in one step of the page (htmx may swap them any time). */
    private String results() {
        return String.valueOf(
                browser.driver().executeScript("return document.getElementById('library-results').innerText;"));
    }

    private void check(String name) {
        browser.screenshot(name);
        assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
        browser.assertAccessible(name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, java.util.Locale.forLanguageTag(language));
    }
}
