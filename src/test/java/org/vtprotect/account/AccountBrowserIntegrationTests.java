package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtprotect.account.BrowserSteps.ACCOUNT_MENU;
import static org.vtprotect.account.BrowserSteps.ARABIC;
import static org.vtprotect.account.BrowserSteps.ENGLISH;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestAdmin;

/**
 * The main account journey in a real browser, through the forms only: the administrator opens a
 * programme officer's account, the officer turns on a second factor, and the next sign-in asks for
 * the code. axe-core checks every page on the way.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class AccountBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private Browser browser;
    private BrowserSteps steps;

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

    @Test
    void theAdministratorOpensAnOfficerAccountAndTheOfficerTurnsOnASecondFactor() throws Exception {
        String email = "officer-" + System.nanoTime() + "@example.org";
        String name = "Officer Journey";
        String password = "officer-password-" + System.nanoTime();

        administratorSignsInAndReadsArabic();
        administratorOpensTheAccount(email, name, password);
        steps.signOut();

        String secret = officerTurnsOnTheSecondFactor(email, name, password);
        steps.signOut();

        officerSignsInWithACode(email, name, password, secret);
        steps.signOut();
    }

    private void administratorSignsInAndReadsArabic() {
        browser.visit("/");
        assertThat(browser.htmlAttribute("class")).as("our script runs").doesNotContain("no-js");
        steps.check("home-en", "home page");
        browser.visible(By.cssSelector("a[href='/login']")).click();
        browser.waitFor(ExpectedConditions.urlContains("/login"));
        steps.check("login-en", "sign-in page");
        steps.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD);
        assertThat(browser.visible(ACCOUNT_MENU).getText()).isEqualTo("Administrator");
        steps.check("home-signed-in-en", "home page, signed in");

        steps.chooseLanguage(ARABIC);
        assertThat(browser.htmlAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.driver().getTitle()).startsWith(steps.text(ARABIC, "home.title"));
        assertThat(steps.heading()).isEqualTo(steps.text(ARABIC, "home.title"));
        steps.check("home-signed-in-ar", "home page in Arabic, signed in");

        steps.chooseLanguage(ENGLISH);
        assertThat(browser.htmlAttribute("dir")).isEqualTo("ltr");
        assertThat(browser.driver().getTitle()).startsWith(steps.text("home.title"));
    }

    private void administratorOpensTheAccount(String email, String name, String password) {
        steps.administration("/admin/accounts");
        assertThat(steps.heading()).isEqualTo(steps.text("administration.accounts.title"));
        steps.check("accounts-en", "account list");

        browser.visible(By.cssSelector("main a[href='/admin/accounts/new']")).click();
        browser.waitFor(ExpectedConditions.urlContains("/admin/accounts/new"));
        steps.check("account-new", "new account form");

        steps.type(By.id("email"), email);
        steps.type(By.id("displayName"), name);
        browser.visible(By.id("role-PROGRAMME_OFFICER")).click();
        browser.visible(By.id("passwordChoice-now")).click();
        steps.type(By.id("password"), "too-short");
        steps.submit("/admin/accounts");

        WebElement error = browser.visible(By.id("password-error"));
        assertThat(error.getText()).isEqualTo(steps.text("administration.password.tooShort"));
        WebElement field = browser.visible(By.id("password"));
        assertThat(field.getDomAttribute("class")).contains("is-invalid");
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).contains("password-error");
        assertThat(browser.visible(By.cssSelector("#error-summary a[href='#password']"))
                        .getText())
                .contains(steps.text("administration.password.tooShort"));
        assertThat(steps.value(By.id("email"))).as("typed values are kept").isEqualTo(email);
        assertThat(steps.value(By.id("displayName"))).isEqualTo(name);
        assertThat(browser.visible(By.id("role-PROGRAMME_OFFICER")).isSelected())
                .isTrue();
        assertThat(browser.visible(By.id("role-ADMINISTRATOR")).isSelected()).isFalse();
        assertThat(browser.visible(By.id("passwordChoice-now")).isSelected()).isTrue();
        steps.check("account-new-error", "new account form with an error");

        steps.type(By.id("password"), password);
        steps.submit("/admin/accounts");
        browser.waitFor(ExpectedConditions.urlMatches("/admin/accounts/\\d+$"));
        assertThat(browser.visible(By.cssSelector("main [role=status]")).getText())
                .isEqualTo(steps.text("administration.notice.created", email));
        steps.check("account-edit", "account edit page");

        // the list finds it as one types (htmx replaces the results)
        browser.visible(By.cssSelector(".breadcrumb a[href='/admin/accounts']")).click();
        steps.type(By.id("q"), email);
        browser.waitFor(
                d -> d.findElements(By.cssSelector("#account-results tbody tr")).size() == 1);
        WebElement row = browser.visible(By.cssSelector("#account-results tbody tr"));
        assertThat(row.getText()).contains(email, name, steps.text("role.PROGRAMME_OFFICER"));
        assertThat(browser.path()).as("the search is in the address").contains("q=");
        steps.check("accounts-found", "account list with a search");

        steps.administration("/admin/audit");
        assertThat(steps.heading()).isEqualTo(steps.text("administration.audit.title"));
        assertThat(browser.visible(By.id("audit-results")).getText()).contains(email);
        steps.check("audit-en", "audit trail");
    }

    private String officerTurnsOnTheSecondFactor(String email, String name, String password) throws Exception {
        steps.signInFromHome(email, password, name);

        browser.visible(ACCOUNT_MENU).click();
        browser.visible(By.cssSelector("details a[href='/me']")).click();
        browser.waitFor(ExpectedConditions.urlContains("/me"));
        assertThat(steps.heading()).isEqualTo(steps.text("profile.title"));
        steps.check("profile-officer", "profile of a programme officer");

        browser.visible(By.cssSelector("main a[href='/me/second-factor']")).click();
        browser.waitFor(ExpectedConditions.urlContains("/me/second-factor"));
        steps.check("second-factor-off", "second factor page before enrolment");
        steps.submit("/me/second-factor/start");

        WebElement qr = browser.visible(By.cssSelector("img.vtp-qr"));
        assertThat((Boolean) browser.driver()
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", qr))
                .as("the QR code image is shown (the content security policy lets it load)")
                .isTrue();
        String secret = browser.visible(By.id("secret")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        steps.check("second-factor-enrolment", "second factor enrolment with its QR code");

        steps.type(By.id("code"), AccountFixtures.currentCode(secret));
        steps.submit("/me/second-factor/confirm");
        assertThat(browser.visible(By.cssSelector("main [role=status]")).getText())
                .isEqualTo(steps.text("secondFactor.enrol.done"));
        steps.check("second-factor-on", "second factor page once enrolled");
        return secret;
    }

    private void officerSignsInWithACode(String email, String name, String password, String secret) throws Exception {
        browser.visible(By.cssSelector("a[href='/login']")).click();
        steps.signIn(email, password);
        browser.waitFor(ExpectedConditions.urlContains("/login/second-factor"));
        assertThat(steps.heading()).isEqualTo(steps.text("secondFactor.title"));
        assertThat(browser.driver().findElements(ACCOUNT_MENU))
                .as("not signed in before the code")
                .isEmpty();
        steps.check("code-page", "second-factor code page");

        steps.type(By.id("code"), AccountFixtures.wrongCode(secret));
        steps.submit("/login/second-factor");
        assertThat(browser.visible(By.id("code-error")).getText()).isEqualTo(steps.text("secondFactor.failed"));
        assertThat(browser.visible(By.id("code")).getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.driver().findElements(ACCOUNT_MENU)).isEmpty();
        steps.check("code-page-error", "second-factor code page after a wrong code");

        steps.type(By.id("code"), AccountFixtures.currentCode(secret));
        steps.submit("/login/second-factor");
        assertThat(browser.visible(ACCOUNT_MENU).getText()).isEqualTo(name);
        assertThat(browser.path()).doesNotContain("/login");
        steps.check("signed-in-with-code", "page after the second factor");
    }
}
