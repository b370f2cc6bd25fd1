package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;

/**
 * The profile editor, expert search, an expert's page and the matching page in a real browser, in
 * English and in Arabic (right to left): axe-core finds no WCAG 2.1 AA violation, hostile text in a
 * biography stays text, and the profile saves without JavaScript.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class ExpertsBrowserIntegrationTests {

    private static final String PASSWORD = "expert-password-for-tests";
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
    ExpertFixtures.Admission admission;

    private Browser browser;
    private String expert;
    private String officer;
    private long hostile;

    @BeforeAll
    void open() {
        var spec = ExpertFixtures.expert().name("Layla", "Browser");
        expert = spec.email;
        admission.admit(spec);
        accounts.saveAndFlush(
                new Account(expert, "Layla Browser", encoder.encode(PASSWORD), EnumSet.of(Role.EXPERT), null));
        officer = ExpertFixtures.expert().email;
        accounts.saveAndFlush(new Account(
                officer, "Matching officer", encoder.encode(PASSWORD), EnumSet.of(Role.PROGRAMME_OFFICER), null));
        hostile = admission.admit(ExpertFixtures.expert()
                .name("Hostile", "Biography")
                .languages(Map.of("ar", "NATIVE"))
                .biography("<script>alert('owned')</script><img src=x onerror=alert(1)> حماية المواقع الدينية"));
        browser = Browser.open(port, getClass());
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }

    @Test
    void theExpertPagesAreAccessibleInEnglishAndInArabic() {
        browser.signInTo("/network/profile", expert, PASSWORD);
        for (Locale language : LANGUAGES) {
            String lang = language.getLanguage();
            browser.visit("/network/profile?lang=" + lang);
            assertThat(browser.htmlAttribute("lang")).isEqualTo(lang);
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo(text("networkExperts.profile.title", language));
            browser.screenshot("expert-profile-" + lang);
            browser.assertAccessible("profile editor (" + lang + ")");

            browser.visible(By.id("givenName")).clear();
            browser.visible(By.cssSelector("form[action='/network/profile'] button[type=submit]"))
                    .click();
            browser.visible(By.id("error-summary"));
            browser.screenshot("expert-profile-errors-" + lang);
            browser.assertAccessible("profile editor with errors (" + lang + ")");

            browser.visit("/network/experts?lang=" + lang + "&q=Biography");
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo(text("networkExperts.search.title", language));
            browser.screenshot("expert-search-" + lang);
            browser.assertAccessible("expert search (" + lang + ")");

            browser.visit("/network/experts/" + hostile + "?lang=" + lang);
            assertThat(browser.visible(By.tagName("main")).getText()).contains("<script>alert('owned')</script>");
            assertThat(browser.driver().findElements(By.cssSelector("main img")))
                    .isEmpty();
            browser.screenshot("expert-page-" + lang);
            browser.assertAccessible("expert page (" + lang + ")");
        }
    }

    @Test
    void theMatchingPageIsAccessibleInEnglishAndInArabic() {
        browser.signInTo("/manage/network/matching", officer, PASSWORD);
        for (Locale language : LANGUAGES) {
            String lang = language.getLanguage();
            browser.visit("/manage/network/matching?lang=" + lang);
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo(text("networkExperts.matching.title", language));
            browser.screenshot("matching-form-" + lang);
            browser.assertAccessible("matching form (" + lang + ")");
            browser.visit("/manage/network/matching?asked=true&targetTypes=RELIGIOUS_SITE&languages=ar&regions=011"
                    + "&limit=20&lang=" + lang);
            browser.visible(By.cssSelector("table"));
            browser.screenshot("matching-results-" + lang);
            browser.assertAccessible("matching results (" + lang + ")");
            browser.visit("/manage/network/matching?asked=true&limit=0&lang=" + lang);
            browser.visible(By.id("error-summary"));
            browser.assertAccessible("matching with errors (" + lang + ")");
        }
    }

    @Test
    void anExpertSavesTheProfileWithoutJavaScript() {
        try (Browser plain = Browser.withoutJavaScript(port, getClass())) {
            plain.signInTo("/network/profile", expert, PASSWORD);
            plain.visit("/network/profile?lang=en");
            plain.visible(By.id("givenName")).clear();
            plain.visible(By.id("givenName")).sendKeys("Layla");
            plain.visible(By.id("biography")).clear();
            plain.visible(By.id("biography")).sendKeys("Saved without JavaScript.");
            plain.visible(By.cssSelector("form[action='/network/profile'] button[type=submit]"))
                    .click();
            plain.waitFor(ExpectedConditions.urlContains("/network/profile"));
            assertThat(plain.visible(By.cssSelector("[role=status]")).getText())
                    .isEqualTo(text("networkExperts.profile.saved", Locale.ENGLISH));
        }
    }
}
