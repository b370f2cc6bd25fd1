package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vtprotect.library.internal.Zips;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestAdmin;

/**
 * A programme officer's bulk import in a real Chromium: they choose a ZIP of real files on the
 * imports page, land on the import's page, and watch it finish without reloading (htmx polling);
 * without JavaScript the page offers a link to refresh instead. axe-core finds no WCAG 2.1 A/AA
 * violation on the imports page and on an import's page, in English and Arabic.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class ImportBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private Browser browser;

    @BeforeAll
    void openABrowserSignedIn() {
        browser = Browser.open(port, getClass());
        browser.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficerImportsAnArchiveAndWatchesItFinishWithoutReloading() throws Exception {
        String batch = "Browserbatch" + UUID.randomUUID().toString().substring(0, 8);
        Path zip = archive(batch, "es-religious-sites.html", "en-stadium-screening.html");
        for (String lang : new String[] {"en", "ar"}) {
            browser.visit("/manage/library/imports?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text("library.import.list.title", lang));
            check("imports-" + lang);
        }
        browser.visit("/manage/library/imports?lang=en");
        browser.driver().findElement(By.id("archive")).sendKeys(zip.toString());
        browser.visible(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"))
                .click();
        browser.waitFor(d -> browser.path().matches("/manage/library/imports/\\d+"));
        String page = browser.path();
        // the state changes in place: no navigation happens between here and the end
        browser.driver().executeScript("window.vtpSamePage = true;");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
                .until(d ->
                        "FINISHED".equals(d.findElement(By.id("import-state")).getDomAttribute("data-state")));
        assertThat(browser.driver().executeScript("return window.vtpSamePage === true;"))
                .isEqualTo(Boolean.TRUE);
        assertThat(browser.path()).isEqualTo(page);
        assertThat(browser.driver().findElements(By.cssSelector("#import-imported a")))
                .hasSize(2);
        assertThat(browser.visible(By.id("import-failed")).getText()).contains("missing.html");
        check("import-en");
        browser.visit(page + "?lang=ar");
        assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
        check("import-ar");
        browser.visit(page + "?lang=en");
    }

    @Test
    void withoutJavaScriptARunningImportOffersARefreshLink() throws Exception {
        try (Browser plain = Browser.withoutJavaScript(port, getClass())) {
            plain.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD);
            Path zip = archive("Plainbatch" + UUID.randomUUID().toString().substring(0, 8), "ar-tourist-venues.html");
            plain.visit("/manage/library/imports?lang=en");
            plain.driver().findElement(By.id("archive")).sendKeys(zip.toString());
            plain.visible(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"))
                    .click();
            plain.waitFor(d -> plain.path().matches("/manage/library/imports/\\d+"));
            String page = plain.path();
            for (int i = 0; i < 300; i++) {
                String state = plain.driver().findElement(By.id("import-state")).getDomAttribute("data-state");
                if ("FINISHED".equals(state)) {
                    break;
                }
                plain.visible(By.linkText(text("library.import.refresh", "en"))).click();
                Thread.sleep(200);
            }
            assertThat(plain.driver().findElement(By.id("import-state")).getDomAttribute("data-state"))
                    .isEqualTo("FINISHED");
            assertThat(plain.path()).isEqualTo(page);
            assertThat(plain.driver().findElements(By.linkText(text("library.import.refresh", "en"))))
                    .isEmpty();
        }
    }

    /** A ZIP of the given real files, each described in the manifest, plus a row whose file is missing. */
    private static Path archive(String batch, String... files) throws Exception {
        StringBuilder manifest = new StringBuilder("file,title,accessLevel\n");
        Zips zips = Zips.of();
        for (String file : files) {
            manifest.append(file)
                    .append(',')
                    .append(batch)
                    .append(' ')
                    .append(file)
                    .append(",PUBLIC\n");
            // real files, made unique so that no other test holds the same bytes
            zips.add(
                    file,
                    (new String(LibraryFixtures.bytes(file), java.nio.charset.StandardCharsets.UTF_8) + "<!-- " + batch
                            + " -->"));
        }
        manifest.append("missing.html,").append(batch).append(" missing,PUBLIC\n");
        zips.add("manifest.csv", manifest.toString());
        Path dir = Files.createDirectories(Path.of("target/import-archives").toAbsolutePath());
        return Files.write(dir.resolve(batch + ".zip"), zips.bytes());
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
