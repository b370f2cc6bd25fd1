package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestMail;

/**
 * The network's main journey in a real browser with real mail (GreenMail): a visitor applies,
 * confirms the address from the mail, a programme officer admits the application, the new expert
 * sets a password from the account's mail, signs in, finds another expert by a word of their
 * biography, opens their profile and starts a discussion thread. Each step's page is checked by
 * axe-core.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class NetworkJourneyBrowserIntegrationTests {

    private static final String OFFICER_PASSWORD = "officer-password-for-tests";
    private static final String EXPERT_PASSWORD = "a-long-expert-password-2026";

    @RegisterExtension
    static final TestMail MAIL = TestMail.perMethod();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.smtp(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertFixtures.Admission admission;

    @Test
    void applyConfirmGetAdmittedSetAPasswordFindAnExpertAndStartAThread() throws Exception {
        String word = "zanzibarquay" + UUID.randomUUID().toString().substring(0, 6);
        admission.admit(ExpertFixtures.expert()
                .name("Mariam", "Ouedraogo")
                .biography("Protection of the " + word + " waterfront and its markets."));
        String email = NetworkFixtures.uniqueEmail("journey");
        String officer = NetworkFixtures.uniqueEmail("journey-officer");
        accounts.saveAndFlush(new Account(
                officer,
                "Journey officer",
                encoder.encode(OFFICER_PASSWORD),
                EnumSet.of(Role.PROGRAMME_OFFICER),
                null));

        try (Browser browser = Browser.open(port, getClass())) {
            // 1. the visitor applies
            browser.visit("/network/apply?lang=en");
            browser.visible(By.id("givenName")).sendKeys("Nodira");
            browser.visible(By.id("familyName")).sendKeys("Yusupova");
            browser.visible(By.id("email")).sendKeys(email);
            new Select(browser.visible(By.id("countryIso3"))).selectByValue("UZB");
            browser.visible(By.id("targetTypes-RELIGIOUS_SITE")).click();
            new Select(browser.visible(By.id("levelRu"))).selectByValue("FLUENT");
            browser.visible(By.id("regions-143")).click();
            browser.visible(By.id("biography")).sendKeys("Security of shrines and pilgrimages in Central Asia.");
            browser.visible(By.id("consent")).click();
            browser.visible(By.cssSelector("form[action='/network/apply'] button[type=submit]"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("/network/apply/done"));
            browser.screenshot("1-applied");

            // 2. the address is confirmed from the mail
            browser.visit(path(
                    link(mailWith(email, "/network/applications/confirm?token="), "/network/applications/confirm")));
            browser.assertAccessible("confirmation page");
            browser.visible(By.cssSelector("form[action='/network/applications/confirm'] button[type=submit]"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("/network/applications/confirmed"));
            browser.screenshot("2-confirmed");

            // 3. a programme officer admits the application
            long id = applications.findOpen(email).orElseThrow().id();
            signIn(browser, officer, OFFICER_PASSWORD, "/manage/network/applications/" + id);
            browser.visible(By.id("decision-admit")).click();
            browser.visible(By.cssSelector("form[action$='/decision'] button[type=submit]"))
                    .click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("main"), text("network.state.ADMITTED")));
            browser.screenshot("3-admitted");
            browser.driver().manage().deleteAllCookies();

            // 4. the expert sets a password from the account's mail and signs in
            MimeMessage invitation = mailWith(email, "/password/reset?token=");
            browser.visit(path(link(invitation, "/password/reset")));
            browser.visible(By.id("password")).sendKeys(EXPERT_PASSWORD);
            browser.visible(By.id("confirmation")).sendKeys(EXPERT_PASSWORD);
            browser.visible(By.cssSelector("form[action='/password/reset'] button[type=submit]"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("/login"));
            signIn(browser, email, EXPERT_PASSWORD, "/network/experts?lang=en");

            // 5. the expert finds another expert by a word of her biography
            browser.visible(By.id("q")).sendKeys(word);
            browser.visible(By.cssSelector("form[action='/network/experts'] button[type=submit]"))
                    .click();
            // only she has the word: the list comes down to one expert
            browser.waitFor(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("#expert-results a[href^='/network/experts/']"), 1));
            assertThat(browser.visible(By.id("expert-results")).getText())
                    .contains("Ouedraogo")
                    .doesNotContain("Yusupova");
            browser.screenshot("5-found");
            browser.assertAccessible("expert search with a result");
            browser.visible(By.cssSelector("#expert-results a[href^='/network/experts/']"))
                    .click();
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), word));
            assertThat(browser.visible(By.tagName("h1")).getText()).contains("Mariam Ouedraogo");
            browser.assertAccessible("expert profile");

            // 6. and starts a thread
            browser.visit("/network/discussions/new?lang=en");
            new Select(browser.visible(By.id("theme"))).selectByIndex(1);
            browser.visible(By.id("title")).sendKeys("Crowd flows at shrines during pilgrimages");
            browser.visible(By.id("body")).sendKeys("How do you separate queues from the exits?");
            browser.visible(By.cssSelector("form[action='/network/discussions/new'] button[type=submit]"))
                    .click();
            browser.waitFor(ExpectedConditions.urlMatches(".*/network/discussions/\\d+.*"));
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo("Crowd flows at shrines during pilgrimages");
            assertThat(browser.visible(By.tagName("main")).getText())
                    .contains("How do you separate queues from the exits?")
                    .contains("Nodira Yusupova");
            browser.screenshot("6-thread");
            browser.assertAccessible("the new thread");
        }
    }

    private void signIn(Browser browser, String email, String password, String then) {
        browser.visit(then);
        browser.waitFor(ExpectedConditions.urlContains("/login"));
        browser.visible(By.id("email")).sendKeys(email);
        browser.visible(By.id("password")).sendKeys(password);
        browser.visible(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    /** The first mail received for an address whose text holds this, waiting for it a while. */
    private static MimeMessage mailWith(String email, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            for (MimeMessage mail : MAIL.to(email)) {
                if (body(mail).contains(text)) {
                    return mail;
                }
            }
            assertThat(Instant.now()).as("a mail to " + email + " with " + text).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static String body(MimeMessage mail) {
        try {
            return TestMail.text(mail);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link with this path in the mail's text, whole. */
    private static String link(MimeMessage mail, String path) {
        Matcher m = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+")
                .matcher(body(mail));
        assertThat(m.find()).as("a link to " + path + " in: " + body(mail)).isTrue();
        return m.group();
    }

    /** The path and query of a link, for the browser on this test's port. */
    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
