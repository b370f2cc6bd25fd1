package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.idOf;
import static org.vtprotect.event.EventFixtures.moveTo;
import static org.vtprotect.event.EventFixtures.unique;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * The public event pages in a real browser, in English and in Arabic (right to left): axe-core
 * finds no WCAG 2.1 AA violation on the list, the event's page and the registration form, blank
 * or with its errors; and a visitor without JavaScript registers and reaches the confirmation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class EventPagesBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    private Browser browser;
    private long event;
    private String title;

    @BeforeAll
    void openBrowserWithAnEvent() throws Exception {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        title = unique("Regional workshop");
        event = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(
                                        title,
                                        tomorrow,
                                        LocalDate.now().plusDays(2).toString(),
                                        null)
                                .replace("\"themes\":[]", "\"themes\":[\"RISK_ASSESSMENT\"]")
                                .replace("\"en\",\"fr\"", "\"en\",\"ar\""))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        moveTo(mvc, event, "PUBLISHED");
        browser = Browser.open(port, getClass());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theListTheEventAndTheFormAreAccessibleInEnglishAndInArabic() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ar"))) {
            String lang = language.getLanguage();
            browser.visit("/");
            browser.driver().manage().deleteAllCookies();

            browser.visit("/events?lang=" + lang);
            assertThat(browser.htmlAttribute("lang")).isEqualTo(lang);
            assertThat(browser.visible(By.tagName("h1")).getText())
                    .isEqualTo(messages.getMessage("event.list.title", null, language));
            browser.visible(By.cssSelector("a[href='/events/" + event + "']"));
            browser.screenshot("list-" + lang);
            browser.assertAccessible("event list (" + lang + ")");

            browser.visible(By.cssSelector("a[href='/events/" + event + "']")).click();
            browser.waitFor(ExpectedConditions.urlContains("/events/" + event));
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(title);
            browser.screenshot("event-" + lang);
            browser.assertAccessible("event page (" + lang + ")");

            browser.visible(By.cssSelector("a[href='/events/" + event + "/register']"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("/register"));
            browser.screenshot("register-" + lang);
            browser.assertAccessible("registration form (" + lang + ")");

            browser.visible(By.id("givenName")).sendKeys("Amina");
            browser.visible(By.cssSelector("form[action='/events/" + event + "/register'] button[type=submit]"))
                    .click();
            browser.visible(By.id("error-summary"));
            assertThat(browser.visible(By.id("givenName")).getDomProperty("value"))
                    .isEqualTo("Amina");
            browser.screenshot("register-errors-" + lang);
            browser.assertAccessible("registration form with errors (" + lang + ")");
        }
    }

    @Test
    void aVisitorWithoutJavaScriptRegistersAndSeesTheConfirmation() {
        try (Browser plain = Browser.withoutJavaScript(port, getClass())) {
            plain.visit("/events/" + event + "/register");
            plain.visible(By.id("givenName")).sendKeys("Nodir");
            plain.visible(By.id("familyName")).sendKeys("Karimov");
            plain.visible(By.id("email"))
                    .sendKeys("nodir." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
            new Select(plain.visible(By.id("organisationType"))).selectByValue("MEMBER_STATE_GOVERNMENT");
            plain.visible(By.id("organisationName")).sendKeys(unique("Border service"));
            new Select(plain.visible(By.id("organisationCountry"))).selectByValue("UZB");
            new Select(plain.visible(By.id("representedCountry"))).selectByValue("UZB");
            WebElement consent = plain.visible(By.id("consent"));
            consent.click();
            plain.visible(By.cssSelector("form[action='/events/" + event + "/register'] button[type=submit]"))
                    .click();
            plain.waitFor(ExpectedConditions.urlContains("/register/done"));
            assertThat(plain.visible(By.tagName("h1")).getText())
                    .isEqualTo(messages.getMessage("event.registered.title", null, Locale.ENGLISH));
            assertThat(plain.visible(By.cssSelector("[role=status]")).getText()).contains(title);
            plain.screenshot("registered");
        }
    }
}
