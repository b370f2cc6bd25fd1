package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtprotect.event.CertificateIntegrationTests.registerAndAttend;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestAdmin;

/**
 * The organisers' tools in a real browser, in English and in Arabic: axe-core finds no WCAG 2.1 AA
 * violation on the invitations page (with a file's errors too), the import page and its preview,
 * the exports and the certificates; a file chosen in the browser reaches the preview.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class EventToolsBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    private Browser browser;
    private long event;
    private Path goodList;
    private Path badList;

    @BeforeAll
    void openBrowserSignedInWithAnEvent() throws Exception {
        String today = LocalDate.now().toString();
        event = EventFixtures.publishedEvent(
                mvc, today, LocalDate.now().plusDays(1).toString(), null);
        registerAndAttend(mvc, event, "Rahimova", "ar", today);
        registerAndAttend(mvc, event, "Karimov", "en");
        Path dir = Files.createDirectories(Path.of("target/browser-files"));
        goodList = dir.resolve("people-" + UUID.randomUUID() + ".csv").toAbsolutePath();
        Files.writeString(
                goodList,
                "email,givenName,familyName,gender\nnew." + UUID.randomUUID() + "@example.org,Lina,Haddad,FEMALE\n"
                        + ",No,Address,\nx." + UUID.randomUUID() + "@example.org,Bad,Gender,ROBOT\n",
                StandardCharsets.UTF_8);
        badList = dir.resolve("bad-" + UUID.randomUUID() + ".csv").toAbsolutePath();
        Files.write(badList, "email,givenName\nnot-an-address,Hélène\n".getBytes(StandardCharsets.ISO_8859_1));
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
            browser.visit("/?lang=en");
            browser.close();
        }
    }

    @Test
    void theToolsAreAccessibleInEnglishAndInArabic() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
            String lang = language.getLanguage();
            String base = "/manage/events/" + event;

            browser.visit(base + "/invitations?q=a&lang=" + lang);
            assertThat(browser.htmlAttribute("dir")).isEqualTo("ar".equals(lang) ? "rtl" : "ltr");
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .startsWith(text("event.tools.invitations", language));
            check("invitations-" + lang);
            browser.visible(By.id("file")).sendKeys(badList.toString());
            browser.visible(By.cssSelector("form[action$='/invitations/file'] button[type=submit]"))
                    .click();
            browser.visible(By.id("error-summary"));
            check("invitations-errors-" + lang);

            browser.visit(base + "/import?lang=" + lang);
            check("import-" + lang);
            browser.visible(By.id("file")).sendKeys(goodList.toString());
            browser.visible(By.cssSelector("form[action='" + base + "/import'] button[type=submit]"))
                    .click();
            browser.waitFor(ExpectedConditions.urlMatches(".*/import/[0-9a-f-]{36}.*"));
            assertThat(browser.visible(By.cssSelector("table")).getText())
                    .contains(text("event.import.reason.EMAIL_MISSING", language))
                    .contains(text("event.import.reason.GENDER_UNKNOWN", language));
            check("preview-" + lang);

            browser.visit(base + "/exports?lang=" + lang);
            check("exports-" + lang);
            browser.visit(base + "/certificates?lang=" + lang);
            assertThat(browser.visible(By.cssSelector("table")).getText())
                    .contains("Rahimova")
                    .doesNotContain("Karimov");
            check("certificates-" + lang);
        }
    }

    private void check(String name) {
        browser.screenshot(name);
        browser.assertAccessible(name);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
