package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;

/**
 * The discussions in a real browser, in English and in Arabic (right to left): axe-core finds no
 * WCAG 2.1 AA violation on the list, a thread with hostile text (which stays text), the new-thread
 * form (blank and with its errors) and the notification settings, as a member and as an officer
 * (with the moderation forms); and a member without JavaScript opens a thread and replies.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class DiscussionBrowserIntegrationTests {

    private static final String PASSWORD = "member-password-for-tests";
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

    @Autowired
    ExpertMemberRepository members;

    private Browser browser;
    private String member;
    private String officer;

    @BeforeAll
    void openBrowser() {
        member = uniqueEmail("browser-member");
        new DiscussionFixtures(check, applications, members).member(member, "ar");
        accounts.saveAndFlush(
                new Account(member, "Amina Diallo", encoder.encode(PASSWORD), EnumSet.of(Role.EXPERT), null));
        officer = uniqueEmail("browser-officer");
        accounts.saveAndFlush(new Account(
                officer, "Discussion officer", encoder.encode(PASSWORD), EnumSet.of(Role.PROGRAMME_OFFICER), null));
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

    private void startThread(Browser in, String title, String body) {
        in.visit("/network/discussions/new?theme=TECHNOLOGY");
        in.visible(By.id("title")).sendKeys(title);
        in.visible(By.id("body")).sendKeys(body);
        in.visible(By.cssSelector("form[action='/network/discussions/new'] button[type=submit]"))
                .click();
        in.waitFor(ExpectedConditions.urlMatches(".*/network/discussions/\\d+$"));
    }

    @Test
    void theMembersPagesAreAccessibleInEnglishAndArabicAndHostileTextStaysText() {
        browser.signInTo("/network/discussions", member, PASSWORD);
        startThread(
                browser,
                "Drones <script>alert('t')</script>",
                "<img src=x onerror=alert(1)>\nhttps://evil.example/ حماية المواقع الدينية");
        String thread = browser.driver().getCurrentUrl().replaceAll(".*/network/discussions/(\\d+).*", "$1");
        for (Locale language : LANGUAGES) {
            String lang = language.getLanguage();
            browser.visit("/network/discussions?lang=" + lang);
            assertThat(browser.htmlAttribute("lang")).isEqualTo(lang);
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo(text("networkDiscussions.title", language));
            browser.screenshot("discussions-" + lang);
            browser.assertAccessible("discussions list (" + lang + ")");

            browser.visit("/network/discussions/" + thread + "?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Drones <script>alert('t')</script>");
            assertThat(browser.driver().findElements(By.cssSelector("main img")))
                    .isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("main a[href^='https://evil']")))
                    .isEmpty();
            browser.screenshot("thread-" + lang);
            browser.assertAccessible("thread (" + lang + ")");

            browser.visit("/network/discussions/new?lang=" + lang);
            browser.screenshot("new-thread-" + lang);
            browser.assertAccessible("new thread (" + lang + ")");
            browser.visible(By.cssSelector("form[action='/network/discussions/new'] button[type=submit]"))
                    .click();
            browser.visible(By.id("error-summary"));
            browser.screenshot("new-thread-errors-" + lang);
            browser.assertAccessible("new thread with errors (" + lang + ")");

            browser.visit("/network/discussions/settings?lang=" + lang);
            browser.visible(By.id("notification-DAILY_DIGEST")).click();
            browser.visible(By.cssSelector("form[action='/network/discussions/settings'] button[type=submit]"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("saved=true"));
            assertThat(browser.visible(By.id("notification-DAILY_DIGEST")).isSelected())
                    .isTrue();
            browser.screenshot("settings-" + lang);
            browser.assertAccessible("notification settings (" + lang + ")");
        }
    }

    @Test
    void theModerationFormsAreAccessible() {
        browser.signInTo("/network/discussions", officer, PASSWORD);
        startThread(browser, "Officer thread", "Please keep to the topic.");
        String path = browser.driver().getCurrentUrl().replaceAll(".*(/network/discussions/\\d+).*", "$1");
        for (Locale language : LANGUAGES) {
            String lang = language.getLanguage();
            browser.visit(path + "?lang=" + lang);
            browser.visible(By.id("moderation-heading"));
            browser.screenshot("thread-officer-" + lang);
            browser.assertAccessible("thread with moderation (" + lang + ")");
        }
    }

    @Test
    void aMemberWithoutJavaScriptOpensAThreadAndReplies() {
        try (Browser plain = Browser.withoutJavaScript(port, getClass())) {
            plain.signInTo("/network/discussions", member, PASSWORD);
            plain.visit("/network/discussions/new?lang=en");
            new Select(plain.visible(By.id("theme"))).selectByValue("EXERCISES");
            plain.visible(By.id("title")).sendKeys("No script thread");
            plain.visible(By.id("body")).sendKeys("Opening without script");
            plain.visible(By.cssSelector("form[action='/network/discussions/new'] button[type=submit]"))
                    .click();
            plain.waitFor(ExpectedConditions.urlMatches(".*/network/discussions/\\d+$"));
            plain.visible(By.id("body")).sendKeys("A reply without script");
            plain.visible(By.cssSelector("form[action$='/posts'] button[type=submit]"))
                    .click();
            plain.waitFor(ExpectedConditions.urlContains("#post-"));
            assertThat(plain.visible(By.tagName("main")).getText()).contains("A reply without script");
            plain.screenshot("replied-nojs");
        }
    }
}
