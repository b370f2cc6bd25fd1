package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtprotect.network.NetworkFixtures.submitted;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;

/**
 * The network's pages in a real browser, in English and in Arabic (right to left): axe-core finds no
 * WCAG 2.1 AA violation on the network page, the application form (blank and with its errors), the
 * vetting queue and an application with hostile text, which stays text; and a visitor without
 * JavaScript applies and reaches the page that says a mail is on its way.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class NetworkBrowserIntegrationTests {

    private static final String PASSWORD = "officer-password-for-tests";
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"));

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationCheck check;

    @Autowired
    ExpertApplicationRepository applications;

    private Browser browser;
    private String officer;
    private long hostile;

    @BeforeAll
    void openBrowser() {
        officer = uniqueEmail("officer");
        accounts.saveAndFlush(new Account(
                officer, "Vetting officer", encoder.encode(PASSWORD), EnumSet.of(Role.PROGRAMME_OFFICER), null));
        hostile = submitted(
                check,
                applications,
                uniqueEmail("hostile"),
                "<script>alert('owned')</script><img src=x onerror=alert(1)> حماية المواقع الدينية");
        browser = Browser.open(port, getClass());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }

    @Test
    void theNetworkPageAndTheFormAreAccessibleInEnglishAndInArabic() {
        for (Locale language : LANGUAGES) {
            String lang = language.getLanguage();
            browser.visit("/network?lang=" + lang);
            assertThat(browser.htmlAttribute("lang")).isEqualTo(lang);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text("network.title", language));
            browser.screenshot("network-" + lang);
            browser.assertAccessible("network page (" + lang + ")");

            browser.visible(By.cssSelector("main a[href='/network/apply']")).click();
            browser.waitFor(ExpectedConditions.urlContains("/network/apply"));
            browser.screenshot("apply-" + lang);
            browser.assertAccessible("application form (" + lang + ")");

            browser.visible(By.id("givenName")).sendKeys("Amina");
            browser.visible(By.cssSelector("form[action='/network/apply'] button[type=submit]"))
                    .click();
            browser.visible(By.id("error-summary"));
            assertThat(browser.visible(By.id("givenName")).getDomProperty("value"))
                    .isEqualTo("Amina");
            browser.screenshot("apply-errors-" + lang);
            browser.assertAccessible("application form with errors (" + lang + ")");
        }
    }

    @Test
    void theVettingPagesAreAccessibleAndShowHostileTextAsText() {
        browser.visit("/");
        browser.driver().manage().deleteAllCookies();
        browser.visit("/manage/network/applications");
        browser.waitFor(ExpectedConditions.urlContains("/login"));
        browser.visible(By.id("email")).sendKeys(officer);
        browser.visible(By.id("password")).sendKeys(PASSWORD);
        browser.visible(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        browser.waitFor(ExpectedConditions.urlContains("/manage/network/applications"));
        for (Locale language : LANGUAGES) {
            String lang = language.getLanguage();
            browser.visit("/manage/network/applications?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(text("network.queue.title", language));
            browser.screenshot("queue-" + lang);
            browser.assertAccessible("vetting queue (" + lang + ")");

            browser.visit("/manage/network/applications/" + hostile + "?lang=" + lang);
            assertThat(browser.visible(By.id("biography")).getText()).contains("<script>alert('owned')</script>");
            assertThat(browser.driver().findElements(By.cssSelector("#biography img")))
                    .isEmpty();
            browser.screenshot("application-" + lang);
            browser.assertAccessible("application under vetting (" + lang + ")");
        }
    }

    @Test
    void aVisitorWithoutJavaScriptApplies() {
        try (Browser plain = Browser.withoutJavaScript(port, getClass())) {
            plain.visit("/network/apply?lang=en");
            plain.visible(By.id("givenName")).sendKeys("Nodir");
            plain.visible(By.id("familyName")).sendKeys("Karimov");
            plain.visible(By.id("email")).sendKeys(uniqueEmail("nojs"));
            new Select(plain.visible(By.id("countryIso3"))).selectByValue("UZB");
            plain.visible(By.id("targetTypes-MAJOR_EVENT")).click();
            new Select(plain.visible(By.id("levelRu"))).selectByValue("FLUENT");
            plain.visible(By.id("regions-143")).click();
            plain.visible(By.id("biography")).sendKeys("Security of stadiums in Central Asia.");
            plain.visible(By.id("consent")).click();
            plain.visible(By.cssSelector("form[action='/network/apply'] button[type=submit]"))
                    .click();
            plain.waitFor(ExpectedConditions.urlContains("/network/apply/done"));
            assertThat(plain.visible(By.tagName("h1")).getText())
                    .isEqualTo(text("network.applied.title", Locale.ENGLISH));
            plain.screenshot("applied");
        }
    }
}
