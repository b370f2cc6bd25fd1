package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.context.MessageSource;
import org.vtprotect.support.Browser;

/**
 * What a person does again and again in the account pages of a real browser: sign in and out
 * through the forms, pick a language from the switcher, and the checks made on every page shown.
 */
final class BrowserSteps {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale ARABIC = Locale.forLanguageTag("ar");

    /** The menus are {@code <details>}: the language switcher holds the hreflang links. */
    static final By LANGUAGE_MENU = By.xpath("//details[ul/li/a[@hreflang]]/summary");

    /** The account menu holds the sign-out form. */
    static final By ACCOUNT_MENU = By.xpath("//details[ul/li/form[@action='/logout']]/summary");

    static final By ADMINISTRATION_MENU = By.xpath("//details[ul/li/a[@href='/admin/accounts']]/summary");

    private final Browser browser;
    private final MessageSource messages;

    BrowserSteps(Browser browser, MessageSource messages) {
        this.browser = browser;
        this.messages = messages;
    }

    /** A fresh visitor: no session, no language cookie. */
    void startAfresh() {
        browser.visit("/");
        browser.driver().manage().deleteAllCookies();
    }

    /** Fills and sends the sign-in form shown now. */
    void signIn(String email, String password) {
        browser.waitFor(ExpectedConditions.urlContains("/login"));
        type(By.id("email"), email);
        type(By.id("password"), password);
        submit("/login");
    }

    /** Signs in from the home page's sign-in link; waits until the account menu shows the name. */
    void signInFromHome(String email, String password, String expectedName) {
        browser.visit("/");
        browser.visible(By.cssSelector("a[href='/login']")).click();
        signIn(email, password);
        assertThat(browser.visible(ACCOUNT_MENU).getText()).isEqualTo(expectedName);
    }

    void signOut() {
        browser.visible(ACCOUNT_MENU).click();
        browser.visible(By.cssSelector("form[action='/logout'] button")).click();
        browser.waitFor(d -> d.findElements(ACCOUNT_MENU).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector("a[href='/login']")))
                .as("the sign-in link is back (folded into the menu on a phone)")
                .isNotEmpty();
    }

    /** Picks a language in the header's switcher and waits for the page to come back in it. */
    void chooseLanguage(Locale language) {
        browser.visible(LANGUAGE_MENU).click();
        browser.visible(By.cssSelector("a[hreflang=" + language.getLanguage() + "]"))
                .click();
        browser.waitFor(d -> language.getLanguage().equals(browser.htmlAttribute("lang")));
    }

    /** Opens an item of the Administration menu in the header. */
    void administration(String path) {
        browser.visible(ADMINISTRATION_MENU).click();
        browser.visible(By.cssSelector("details a[href='" + path + "']")).click();
        browser.waitFor(ExpectedConditions.urlContains(path));
    }

    /** Clicks the submit button of the form posting to {@code action}. */
    void submit(String action) {
        browser.visible(By.cssSelector("form[method=post][action='" + action + "'] button[type=submit]"))
                .click();
    }

    void type(By field, String text) {
        WebElement input = browser.visible(field);
        input.clear();
        input.sendKeys(text);
    }

    String value(By field) {
        return browser.visible(field).getDomProperty("value");
    }

    String heading() {
        return browser.visible(By.tagName("h1")).getText();
    }

    /** Saves a screenshot and fails on any WCAG 2.1 A/AA violation axe-core finds. */
    void check(String screenshot, String page) {
        browser.screenshot(screenshot);
        browser.assertAccessible(page);
    }

    String text(String key, Object... args) {
        return text(ENGLISH, key, args);
    }

    String text(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
