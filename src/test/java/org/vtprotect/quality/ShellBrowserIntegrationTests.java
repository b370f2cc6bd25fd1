package org.vtprotect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestAdmin;

/** The journeys through the site's shell in a real browser: languages, signing in and out. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class ShellBrowserIntegrationTests {

    /** The menus are {@code <details>}: the language switcher holds the hreflang links. */
    private static final By LANGUAGE_MENU = By.xpath("//details[ul/li/a[@hreflang]]/summary");

    /** The account menu holds the sign-out form. */
    private static final By ACCOUNT_MENU = By.xpath("//details[ul/li/form[@action='/logout']]/summary");

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port, getClass());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startAfresh() {
        browser.visit("/");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aVisitorReadsTheHomePageThenSwitchesToArabicWhichReadsRightToLeft() {
        browser.visit("/");
        assertThat(browser.htmlAttribute("lang")).isEqualTo("en");
        assertThat(browser.visible(By.tagName("h1")).getText()).isNotBlank();
        browser.screenshot("home-en");
        browser.assertAccessible("home page");

        browser.visible(LANGUAGE_MENU).click();
        browser.visible(By.cssSelector("a[hreflang=ar]")).click();
        browser.waitFor(d -> "rtl".equals(browser.htmlAttribute("dir")));
        assertThat(browser.htmlAttribute("lang")).isEqualTo("ar");
        browser.screenshot("home-ar");
        browser.assertAccessible("home page in Arabic");

        browser.visible(By.cssSelector("footer a[href='/privacy']")).click();
        browser.waitFor(ExpectedConditions.urlContains("/privacy"));
        assertThat(browser.htmlAttribute("dir"))
                .as("the chosen language is remembered")
                .isEqualTo("rtl");
        browser.screenshot("privacy-ar");
        browser.assertAccessible("privacy notice in Arabic");
    }

    @Test
    void theAdministratorSignsInThroughTheFormAndSignsOut() {
        browser.visit("/");
        browser.visible(By.cssSelector("a[href='/login']")).click();
        browser.waitFor(ExpectedConditions.urlContains("/login"));
        browser.screenshot("login");
        browser.assertAccessible("sign-in page");

        browser.visible(By.id("email")).sendKeys(TestAdmin.EMAIL);
        browser.visible(By.id("password")).sendKeys(TestAdmin.PASSWORD);
        browser.visible(By.cssSelector("main button[type=submit]")).click();

        var accountMenu = browser.visible(ACCOUNT_MENU);
        assertThat(accountMenu.getText()).isEqualTo("Administrator");
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/login']")))
                .as("no sign-in link once signed in")
                .isEmpty();
        browser.screenshot("signed-in");
        browser.assertAccessible("home page, signed in");

        accountMenu.click();
        browser.screenshot("account-menu");
        browser.visible(By.cssSelector("form[action='/logout'] button")).click();
        browser.visible(By.cssSelector("a[href='/login']"));
        assertThat(browser.driver().findElements(ACCOUNT_MENU)).isEmpty();
        browser.screenshot("signed-out");
    }

    @Test
    void onAPhoneTheHeaderFoldsIntoOneMenuButton() {
        var window = browser.driver().manage().window();
        var desktop = window.getSize();
        try {
            window.setSize(new Dimension(390, 844));
            browser.visit("/");
            browser.screenshot("phone");
            assertThat(browser.driver().findElements(LANGUAGE_MENU).stream().filter(WebElement::isDisplayed))
                    .as("the language menu is inside the folded menu")
                    .isEmpty();
            browser.visible(By.cssSelector("details.vtp-menu > summary")).click();
            browser.visible(LANGUAGE_MENU).click();
            browser.visible(By.cssSelector("a[hreflang=zh]"));
            browser.screenshot("phone-menu");
            browser.assertAccessible("home page on a phone, menu open");
        } finally {
            window.setSize(desktop);
        }
    }

    @Test
    void theAccessibilityCheckFindsAViolationWhenThereIsOne() {
        browser.visit("/");
        browser.driver()
                .executeScript("var img = document.createElement('img'); img.src = '/css/none.png';"
                        + " document.querySelector('main').appendChild(img);");
        assertThatThrownBy(() -> browser.assertAccessible("home page with an image without alt"))
                .hasMessageContaining("image-alt")
                .hasMessageContaining("critical");
    }

    @Test
    void aWrongPasswordKeepsTheAddressAndSaysSo() {
        browser.visit("/login");
        browser.visible(By.id("email")).sendKeys("nobody@example.org");
        browser.visible(By.id("password")).sendKeys("not-the-password");
        browser.visible(By.cssSelector("main button[type=submit]")).click();
        var alert = browser.visible(By.cssSelector("main [role=alert]"));
        assertThat(alert.getText()).isNotBlank();
        assertThat(browser.visible(By.id("email")).getDomProperty("value")).isEqualTo("nobody@example.org");
        browser.screenshot("login-failed");
        browser.assertAccessible("sign-in page after a failure");
    }
}
