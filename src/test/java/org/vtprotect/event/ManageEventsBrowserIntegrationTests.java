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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.Browser;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;
import org.vtprotect.support.TestAdmin;
import org.vtprotect.support.TestMail;

/**
 * The organisers' journey in a real browser: a visitor registers for a public event, the
 * confirmation arrives by mail, staff sign in, check the person in on the check-in page, and the
 * statistics show one more attendance; every management page passes axe-core in English and Arabic.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIf(
        value = "org.vtprotect.support.Browser#available",
        disabledReason = "no /usr/bin/chromedriver: install Debian's chromium and chromium-driver to run browser tests")
class ManageEventsBrowserIntegrationTests {

    @RegisterExtension
    static final TestMail MAIL = TestMail.perMethod();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.smtp(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    long todaysEvent(String title) throws Exception {
        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        long id = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(title, today, tomorrow, null).replace("Europe/Vienna", "UTC"))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        moveTo(mvc, id, "PUBLISHED");
        return id;
    }

    @Test
    void aVisitorRegistersStaffCheckThemInAndTheStatisticsCountThem() throws Exception {
        String title = unique("Outreach workshop");
        long event = todaysEvent(title);
        String family = "Journey" + UUID.randomUUID().toString().substring(0, 6);
        String email = family.toLowerCase(Locale.ROOT) + "@example.org";
        try (Browser browser = Browser.open(port, getClass())) {
            browser.visit("/events/" + event + "/register?lang=en");
            browser.visible(By.id("givenName")).sendKeys("Dilnoza");
            browser.visible(By.id("familyName")).sendKeys(family);
            browser.visible(By.id("email")).sendKeys(email);
            new Select(browser.visible(By.id("organisationType"))).selectByValue("MEMBER_STATE_GOVERNMENT");
            browser.visible(By.id("organisationName")).sendKeys(unique("Committee"));
            new Select(browser.visible(By.id("organisationCountry"))).selectByValue("UZB");
            new Select(browser.visible(By.id("representedCountry"))).selectByValue("UZB");
            browser.visible(By.id("consent")).click();
            browser.visible(By.cssSelector("form[action='/events/" + event + "/register'] button[type=submit]"))
                    .click();
            browser.waitFor(ExpectedConditions.urlContains("/register/done"));

            assertThat(MAIL.waitForIncomingEmail(15_000, 1)).isTrue();
            assertThat(MAIL.getReceivedMessages()[0].getAllRecipients()[0].toString())
                    .isEqualTo(email);

            browser.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD);
            browser.visit("/manage/events/" + event + "/statistics?lang=en");
            long before = Long.parseLong(browser.visible(By.cssSelector("#figure-attended .vtp-figure a"))
                    .getText()
                    .replace(",", ""));

            browser.visit("/manage/events/" + event + "/check-in?lang=en");
            browser.visible(By.id("q")).sendKeys(family);
            browser.waitFor(
                    d -> d.findElements(By.cssSelector("#check-in-results li")).size() == 1);
            // the search waits 300 ms after the last key: let its last answer arrive
            Thread.sleep(1_000);
            settled(browser);
            browser.screenshot("check-in");
            browser.waitFor(d -> {
                try {
                    d.findElement(By.cssSelector("#check-in-results li button[aria-pressed='false']"))
                            .click();
                    return true;
                } catch (org.openqa.selenium.StaleElementReferenceException swappedMeanwhile) {
                    return false;
                }
            });
            browser.waitFor(d -> !d.findElements(By.cssSelector("#check-in-results li button[aria-pressed='true']"))
                    .isEmpty());
            settled(browser);
            browser.screenshot("checked-in");
            browser.visit("/manage/events/" + event + "/check-in?lang=en&q=" + family);
            browser.visible(By.cssSelector("#check-in-results li button[aria-pressed='true']"));

            browser.visit("/manage/events/" + event + "/statistics?lang=en");
            long after = Long.parseLong(browser.visible(By.cssSelector("#figure-attended .vtp-figure a"))
                    .getText()
                    .replace(",", ""));
            assertThat(after).isEqualTo(before + 1);
            browser.visible(By.cssSelector("#figure-attended .vtp-figure a")).click();
            browser.waitFor(ExpectedConditions.urlContains("/statistics/records"));
            assertThat(browser.visible(By.id("records")).getText()).contains(family);
        }
    }

    @Test
    void everyManagementPageIsAccessibleInEnglishAndArabic() throws Exception {
        long event = todaysEvent(unique("Accessible meeting"));
        String pages = "/manage/events/" + event;
        List<String> paths = List.of(
                "/manage/events",
                "/manage/events/new",
                pages,
                pages + "/edit",
                pages + "/state?to=REGISTRATION_CLOSED",
                pages + "/sessions/new",
                pages + "/registrations",
                pages + "/check-in",
                pages + "/statistics",
                pages + "/statistics/records?figure=registered",
                "/manage/statistics/events",
                "/manage/statistics/events?from=never");
        try (Browser browser = Browser.open(port, getClass())) {
            browser.signIn(TestAdmin.EMAIL, TestAdmin.PASSWORD);
            for (String lang : List.of("en", "ar")) {
                for (String path : paths) {
                    browser.visit(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                    assertThat(browser.htmlAttribute("lang")).isEqualTo(lang);
                    browser.visible(By.tagName("h1"));
                    browser.assertAccessible(path + " (" + lang + ")");
                }
                browser.screenshot("statistics-period-" + lang);
            }
        }
    }

    /** Waits until htmx has no request in flight and has swapped in the last answer. */
    private static void settled(Browser browser) {
        browser.waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript(
                        "return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null;")));
    }
}
