package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vtprotect.account.BrowserSteps.ACCOUNT_MENU;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestAdmin;

/**
 * With JavaScript turned off in Chromium, neither our script nor htmx runs: signing in, the menus,
 * the account search and the new account form must still work as plain HTML forms that post and
 * redirect.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class AccountFormsWithoutJavaScriptBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    private Browser browser;
    private BrowserSteps steps;

    @BeforeAll
    void openBrowser() {
        browser = Browser.withoutJavaScript(port, getClass());
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
    void theAdministratorSignsInAndOpensAnAccountWithoutJavaScript() {
        browser.visit("/login");
        assertThat(browser.htmlAttribute("class"))
                .as("no script ran: vtp.js would have removed the no-js class")
                .isEqualTo("no-js");

        steps.type(By.id("email"), TestAdmin.EMAIL);
        steps.type(By.id("password"), "not-the-password");
        steps.submit("/login");
        browser.waitFor(ExpectedConditions.urlContains("/login?error"));
        assertThat(browser.visible(By.cssSelector("main [role=alert]")).getText())
                .isEqualTo(steps.text("signIn.failed"));
        assertThat(steps.value(By.id("email"))).isEqualTo(TestAdmin.EMAIL);

        steps.type(By.id("password"), TestAdmin.PASSWORD);
        steps.submit("/login");
        assertThat(browser.visible(ACCOUNT_MENU).getText()).isEqualTo("Administrator");
        assertThat(browser.path()).isEqualTo("/");
        browser.screenshot("signed-in");

        steps.administration("/admin/accounts");
        String email = "no-script-" + System.nanoTime() + "@example.org";
        steps.type(By.id("q"), "admin@");
        browser.visible(By.cssSelector("form[method=get][action='/admin/accounts'] button[type=submit]"))
                .click();
        browser.waitFor(ExpectedConditions.urlContains("q=admin%40"));
        assertThat(browser.visible(By.id("account-results")).getText()).contains(TestAdmin.EMAIL);
        browser.screenshot("accounts-searched");

        browser.visible(By.cssSelector("main a[href='/admin/accounts/new']")).click();
        steps.type(By.id("email"), email);
        steps.type(By.id("displayName"), "Without Script");
        steps.submit("/admin/accounts");
        assertThat(browser.visible(By.id("roles-error")).getText())
                .isEqualTo(steps.text("administration.roles.required"));
        assertThat(steps.value(By.id("email"))).isEqualTo(email);
        browser.screenshot("account-new-error");

        browser.visible(By.id("role-EXPERT")).click();
        browser.visible(By.id("passwordChoice-now")).click();
        steps.type(By.id("password"), "a-password-without-script");
        steps.submit("/admin/accounts");
        browser.waitFor(ExpectedConditions.urlMatches("/admin/accounts/\\d+$"));
        assertThat(browser.visible(By.cssSelector("main [role=status]")).getText())
                .isEqualTo(steps.text("administration.notice.created", email));
        assertThat(browser.htmlAttribute("class")).isEqualTo("no-js");
        browser.screenshot("account-created");

        steps.signOut();
    }
}
