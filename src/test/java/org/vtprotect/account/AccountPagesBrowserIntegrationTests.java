package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtprotect.account.BrowserSteps.ARABIC;
import static org.vtprotect.account.BrowserSteps.ENGLISH;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestAdmin;

/**
 * Every account page, signed out and as the administrator, in English and in Arabic, on a desktop
 * and on a phone: one {@code <h1>} that starts the browser title, the right reading direction, no
 * page wider than the screen, and no WCAG 2.1 A/AA violation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class AccountPagesBrowserIntegrationTests {

    private static final Dimension PHONE = new Dimension(390, 844);

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private Browser browser;
    private BrowserSteps steps;
    private Locale language = ENGLISH;
    private String device = "desktop";

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port, getClass());
        steps = new BrowserSteps(browser, messages);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startAfresh() {
        steps.startAfresh();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void everyAccountPageIsAccessible(String lang) {
        language = Locale.forLanguageTag(lang);
        device = "desktop";
        page("/?lang=" + lang, "home", "home.title");
        page("/login", "login", "signIn.title");
        page("/password/forgot", "password-forgot", "reset.forgot.title");
        steps.type(By.id("email"), "not an address");
        steps.submit("/password/forgot");
        assertThat(browser.visible(By.id("email-error")).getText()).isEqualTo(text("reset.email.invalid"));
        shown("password-forgot-error", "reset.forgot.title");
        page("/password/reset?token=unknown", "password-reset-expired", "reset.title");
        // an unknown page asks a visitor to sign in (everything undeclared is closed); a missing file is a 404
        page("/css/missing.css", "not-found", "problem.404.title");

        browser.visit("/login");
        steps.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD);
        browser.visible(BrowserSteps.ACCOUNT_MENU);
        page("/me", "profile", "profile.title");
        page("/me/password", "password", "password.change.title");
        steps.submit("/me/password");
        assertThat(browser.visible(By.id("currentPassword-error")).isDisplayed())
                .isTrue();
        shown("password-error", "password.change.title");
        page("/me/second-factor", "second-factor", "secondFactor.enrol.title");
        tokens();

        page("/admin/accounts", "accounts", "administration.accounts.title");
        browser.visible(By.cssSelector("#account-results tbody a")).click();
        browser.waitFor(ExpectedConditions.urlMatches("/admin/accounts/\\d+$"));
        shown("account-edit", null);
        page("/admin/accounts/new", "account-new", "administration.new.title");
        steps.submit("/admin/accounts");
        assertThat(browser.visible(By.id("email-error")).getText()).isEqualTo(text("administration.email.required"));
        shown("account-new-error", "administration.new.title");
        page("/admin/audit", "audit", "administration.audit.title");
        page("/admin/accounts/0", "account-not-found", "problem.404.title");
        steps.signOut();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void onAPhoneTheMainPagesFitTheScreen(String lang) {
        language = Locale.forLanguageTag(lang);
        device = "phone";
        var window = browser.driver().manage().window();
        var desktop = window.getSize();
        try {
            window.setSize(PHONE);
            page("/?lang=" + lang, "home", "home.title");
            page("/login", "login", "signIn.title");
            steps.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD);
            page("/admin/accounts", "accounts", "administration.accounts.title");
            assertThat(browser.visible(By.cssSelector("#account-results .table-responsive table"))
                            .isDisplayed())
                    .isTrue();
            page("/admin/accounts/new", "account-new", "administration.new.title");
            page("/me", "profile", "profile.title");
            page("/me/tokens", "tokens", "tokens.title");
            page("/admin/audit", "audit", "administration.audit.title");
            browser.visible(By.cssSelector("details.vtp-menu > summary")).click();
            steps.signOut();
        } finally {
            window.setSize(desktop);
        }
    }

    /** A token is shown once, right after it is made, and never again. */
    private void tokens() {
        page("/me/tokens", "tokens", "tokens.title");
        String name = "Journey token " + System.nanoTime();
        steps.type(By.id("name"), name);
        steps.submit("/me/tokens");
        WebElement minted = browser.visible(By.id("minted-token"));
        assertThat(minted.getText()).isNotBlank();
        shown("tokens-created", "tokens.title");
        browser.visit("/me/tokens");
        assertThat(browser.driver().findElements(By.id("minted-token"))).isEmpty();
        assertThat(browser.visible(By.tagName("table")).getText()).contains(name);
    }

    private void page(String path, String name, String titleKey) {
        browser.visit(path);
        shown(name, titleKey);
    }

    /** Checks the page shown now: language, direction, title, width, then axe-core and a screenshot. */
    private void shown(String name, String titleKey) {
        String page = name + " (" + language.getLanguage() + ", " + device + ")";
        browser.screenshot(device + "-" + name + "-" + language.getLanguage());
        assertThat(browser.htmlAttribute("lang")).as(page).isEqualTo(language.getLanguage());
        assertThat(browser.htmlAttribute("dir")).as(page).isEqualTo(language.equals(ARABIC) ? "rtl" : "ltr");
        assertThat(browser.driver().findElements(By.tagName("h1"))).as(page).hasSize(1);
        String heading = steps.heading();
        if (titleKey != null) {
            assertThat(heading).as(page).isEqualTo(text(titleKey));
        }
        assertThat(browser.driver().getTitle()).as(page).startsWith(heading + " · ");
        Object overflow = browser.driver()
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("%s is no wider than the window", page)
                .isLessThanOrEqualTo(0);
        browser.assertAccessible(page);
    }

    private String text(String key) {
        return steps.text(language, key);
    }
}
