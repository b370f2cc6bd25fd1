package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.network.PrivacyFixtures.Person;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;

/**
 * The figures page and "my data in the network" in a real browser, in English and Arabic: axe-core
 * finds no WCAG 2.1 AA violation; a member leaves, then erases their data, each after a page that
 * asks to confirm, and ends signed out on the page saying it is done.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class PrivacyBrowserIntegrationTests {

    private static final String PASSWORD = "privacy-password-for-tests";
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
    ExpertVetting vetting;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;
    private String officer;
    private Person member;

    @BeforeAll
    void openBrowser() throws InterruptedException {
        officer = NetworkFixtures.uniqueEmail("figures");
        accounts.saveAndFlush(new Account(
                officer, "Figures officer", encoder.encode(PASSWORD), EnumSet.of(Role.PROGRAMME_OFFICER), null));
        member = Person.unique();
        long accountId = PrivacyFixtures.admitted(check, applications, vetting, jdbc, member);
        jdbc.update("UPDATE account SET password_hash = ? WHERE id = ?", encoder.encode(PASSWORD), accountId);
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
    void theFiguresPageIsAccessibleInEnglishAndArabic() {
        browser.signInTo("/manage/network/figures", officer, PASSWORD);
        for (Locale language : LANGUAGES) {
            String lang = language.getLanguage();
            browser.visit("/manage/network/figures?lang=" + lang);
            assertThat(browser.htmlAttribute("lang")).isEqualTo(lang);
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo(text("networkPrivacy.figures.title", language));
            browser.screenshot("figures-" + lang);
            browser.assertAccessible("membership figures (" + lang + ")");

            browser.visit("/manage/network/figures?from=1987-12-31&to=1987-01-01&lang=" + lang);
            browser.visible(By.id("error-summary"));
            browser.screenshot("figures-errors-" + lang);
            browser.assertAccessible("membership figures with a wrong period (" + lang + ")");
        }
        browser.visit("/network?lang=ar");
        browser.visible(By.id("region-figures"));
        browser.screenshot("network-regions-ar");
        browser.assertAccessible("network page with members by region (ar)");
    }

    @Test
    void aMemberSeesTheirDataLeavesAndErasesItWithoutJavaScriptTricks() {
        browser.signInTo("/network/me", member.email(), PASSWORD);
        for (Locale language : LANGUAGES) {
            String lang = language.getLanguage();
            browser.visit("/network/me?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo(text("networkPrivacy.me.title", language));
            browser.screenshot("me-" + lang);
            browser.assertAccessible("my data in the network (" + lang + ")");
        }
        browser.visit("/network/me?lang=en");
        browser.visible(By.cssSelector("a[href='/network/me/leave']")).click();
        browser.waitFor(ExpectedConditions.urlContains("/network/me/leave"));
        browser.screenshot("leave-en");
        browser.assertAccessible("leave the network (en)");
        browser.visible(By.cssSelector("form[action='/network/me/leave'] button[type=submit]"))
                .click();
        browser.waitFor(ExpectedConditions.urlContains("left=true"));
        assertThat(browser.visible(By.id("member-state")).getText())
                .isEqualTo(text("networkPrivacy.me.state.LEFT", Locale.ENGLISH));
        browser.screenshot("me-left-en");
        browser.assertAccessible("my data after leaving (en)");

        browser.visit("/network/me/erase?lang=ar");
        browser.screenshot("erase-ar");
        browser.assertAccessible("erase my data (ar)");
        browser.visible(By.cssSelector("form[action='/network/me/erase'] button[type=submit]"))
                .click();
        browser.waitFor(ExpectedConditions.urlContains("/network/erased"));
        assertThat(browser.visible(By.tagName("h1")).getText())
                .isEqualTo(text("networkPrivacy.erased.title", Locale.forLanguageTag("ar")));
        browser.screenshot("erased-ar");
        browser.assertAccessible("data erased (ar)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Long.class, member.email()))
                .isZero();
    }
}
