package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.idOf;
import static org.vtprotect.event.EventFixtures.moveTo;
import static org.vtprotect.event.EventFixtures.unique;
import static org.vtprotect.support.TestMail.text;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;
import org.vtprotect.support.TestMail;

/**
 * Invitations reach a real SMTP server in each invitee's language with a personal link that opens
 * a prefilled form, for invitation-only events too; reminders go only to those who have not answered.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InvitationIntegrationTests {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/events/\\d+/invitation/[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final TestMail MAIL = TestMail.perMethod();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.smtp(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aFrenchAndAnArabicInviteeGetTheirMailInTheirLanguageAndTheLinkRegistersThem() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2031-09-01", "2031-09-02", null);
        String fr = address("fr");
        String ar = address("ar");
        invite(event, """
                {"invitations":[
                 {"email":"%s","givenName":"Amélie","familyName":"Durand","organisation":"Ministère","countryIso3":"FRA","language":"fr"},
                 {"email":"%s","givenName":"ليلى","familyName":"حداد","countryIso3":"JOR","language":"ar"}]}
                """.formatted(fr.toUpperCase(), ar))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.invited").value(2));

        assertThat(MAIL.waitForIncomingEmail(10_000, 2)).isTrue();
        MimeMessage french = to(fr);
        MimeMessage arabic = to(ar);
        assertThat(french.getSubject()).startsWith("Invitation : ");
        assertThat(text(french)).contains("Amélie").contains("Vous êtes invité");
        assertThat(arabic.getSubject()).startsWith("دعوة: ");
        assertThat(text(arabic)).contains("ليلى").contains("ندعوك");

        String link = link(french);
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Amélie\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + fr + "\"")));
        // the link in the mail asks for French: the browser then keeps it in a cookie
        mvc.perform(post(link)
                        .with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("vtp-lang", "fr"))
                        .param("givenName", "Amélie")
                        .param("familyName", "Durand")
                        .param("organisationName", "Ministère " + UUID.randomUUID())
                        .param("organisationType", "MEMBER_STATE_GOVERNMENT")
                        .param("organisationCountry", "FRA")
                        .param("consent", "true")
                        .param("listed", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link + "/answered"));

        mvc.perform(get("/api/v1/events/" + event + "/invitations?state=REGISTERED")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].email").value(fr));
        mvc.perform(get("/api/v1/events/" + event + "/registrations").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(jsonPath("$[0].language").value("fr"))
                .andExpect(jsonPath("$[0].listed").value(true));
        // the link of the Arabic invitee opens their form, in Arabic when asked
        mvc.perform(get(link(arabic) + "?lang=ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("dir=\"rtl\"")));
    }

    @Test
    void anInvitationOnlyEventIsHiddenFromThePublicButOpensThroughThePersonalLink() throws Exception {
        long event = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(unique("Closed meeting"), "2031-10-01", "2031-10-01", null)
                                .replace("\"PUBLIC\"", "\"INVITATION_ONLY\""))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        moveTo(mvc, event, "PUBLISHED");
        mvc.perform(get("/events/" + event)).andExpect(status().isNotFound());
        String email = address("closed");
        invite(event, "{\"invitations\":[{\"email\":\"" + email + "\"}]}").andExpect(status().isOk());
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        String link = link(to(email));
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link)
                        .with(csrf())
                        .param("givenName", "Nodira")
                        .param("familyName", "Aliyeva")
                        .param("consent", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(link)).andExpect(content().string(org.hamcrest.Matchers.containsString("alert-success")));
        // a second registration through the same link records nothing more
        mvc.perform(post(link)
                        .with(csrf())
                        .param("givenName", "Nodira")
                        .param("familyName", "Aliyeva")
                        .param("consent", "true"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/events/" + event + "/registrations").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotAnsweredAndEarlierLinksKeepWorking() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2031-11-01", "2031-11-02", null);
        String declining = address("no");
        String silent = address("silent");
        invite(
                        event,
                        "{\"invitations\":[{\"email\":\"%s\",\"language\":\"es\"},{\"email\":\"%s\"}]}"
                                .formatted(declining, silent))
                .andExpect(status().isOk());
        assertThat(MAIL.waitForIncomingEmail(10_000, 2)).isTrue();
        String first = link(to(silent));
        mvc.perform(post(link(to(declining)) + "/decline").with(csrf())).andExpect(status().is3xxRedirection());
        // the same address again is not invited twice
        invite(event, "{\"invitations\":[{\"email\":\"%s\"}]}".formatted(silent))
                .andExpect(jsonPath("$.invited").value(0))
                .andExpect(jsonPath("$.alreadyInvited[0]").value(silent));

        mvc.perform(post("/manage/events/" + event + "/invitations/reminders")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        assertThat(MAIL.waitForIncomingEmail(10_000, 3)).isTrue();
        assertThat(MAIL.getReceivedMessages()).hasSize(3);
        MimeMessage reminder = MAIL.getReceivedMessages()[2];
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo(silent);
        assertThat(reminder.getSubject()).startsWith("Reminder: ");
        assertThat(link(reminder)).isNotEqualTo(first);
        mvc.perform(get(first)).andExpect(status().isOk());
        mvc.perform(get(link(reminder))).andExpect(status().isOk());

        mvc.perform(get("/manage/events/" + event + "/invitations").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(declining)));
    }

    @Test
    void aListWithOneBadRowSendsNothingAndNamesTheRow() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2031-12-01", "2031-12-01", null);
        String csv = "email,givenName,familyName,language\n"
                + address("ok") + ",<script>alert(1)</script>,=cmd|' /C calc'!A0,fr\n"
                + "not-an-address,Robert'); DROP TABLE invitation;--,X,ru\n";
        mvc.perform(multipart("/manage/events/" + event + "/invitations/file")
                        .file(new MockMultipartFile(
                                "file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Row 3")));
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        String good = "email,givenName\n" + address("script") + ",<script>alert(1)</script>\n";
        mvc.perform(multipart("/manage/events/" + event + "/invitations/file")
                        .file(new MockMultipartFile(
                                "file", "list.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/manage/events/" + event + "/invitations").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;")));
    }

    @Test
    void onlyTheEventsOrganisersInviteAndAnUnknownLinkIsNotFound() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2032-01-10", "2032-01-10", null);
        String body = "{\"invitations\":[{\"email\":\"" + address("x") + "\"}]}";
        mvc.perform(post("/api/v1/events/" + event + "/invitations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events/" + event + "/invitations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(SignedIn.as(4242L, "partner@example.org", 987_654_321L, Role.PARTNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + event + "/invitations")
                        .with(SignedIn.as(4242L, "partner@example.org", 987_654_321L, Role.PARTNER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events/" + event + "/invitations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"invitations\":[{\"email\":\"nope\",\"language\":\"xx\",\"countryIso3\":\"ZZZ\"}]}")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                "invitations[0].email", "invitations[0].country", "invitations[0].language")));
        mvc.perform(get("/events/" + event + "/invitation/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/events/" + event + "/invitation/short")).andExpect(status().isNotFound());
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendingCertificatesMailsEachAttendeeInTheirLanguageALinkToTheirOwn() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2033-05-01", "2033-05-02", null);
        String family = "Dupont-" + UUID.randomUUID().toString().substring(0, 6);
        CertificateIntegrationTests.registerAndAttend(mvc, event, family, "fr", "2033-05-02");
        CertificateIntegrationTests.registerAndAttend(mvc, event, "Absent", "en");
        assertThat(MAIL.waitForIncomingEmail(10_000, 2)).isTrue();
        MAIL.purgeEmailFromAllMailboxes();

        mvc.perform(post("/manage/events/" + event + "/certificates/mail")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("Votre attestation de présence");
        Matcher link = Pattern.compile("https?://[^/\\s]+(/events/\\d+/certificate/[A-Za-z0-9_-]+)")
                .matcher(text(mail));
        assertThat(link.find()).isTrue();
        byte[] pdf = mvc.perform(get(link.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(CertificateIntegrationTests.text(pdf))
                .contains("Attestation de présence")
                .contains(family);
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void theInviteesFormIsAccessibleInEnglishAndInArabic() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.vtprotect.support.Browser.available(), "no chromedriver");
        long event = EventFixtures.publishedEvent(mvc, "2033-06-01", "2033-06-01", null);
        String email = address("axe");
        invite(event, "{\"invitations\":[{\"email\":\"%s\",\"givenName\":\"Salma\"}]}".formatted(email))
                .andExpect(status().isOk());
        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        String link = link(to(email));
        try (org.vtprotect.support.Browser browser = org.vtprotect.support.Browser.open(port, getClass())) {
            for (String lang : new String[] {"en", "ar"}) {
                browser.visit(link + "?lang=" + lang);
                assertThat(browser.visible(org.openqa.selenium.By.id("givenName"))
                                .getDomProperty("value"))
                        .isEqualTo("Salma");
                browser.screenshot("invitation-" + lang);
                browser.assertAccessible("invitation form (" + lang + ")");
                browser.visible(org.openqa.selenium.By.cssSelector("form[action='" + link + "'] button[type=submit]"))
                        .click();
                browser.visible(org.openqa.selenium.By.id("error-summary"));
                browser.screenshot("invitation-errors-" + lang);
                browser.assertAccessible("invitation form with errors (" + lang + ")");
            }
        }
    }

    private org.springframework.test.web.servlet.ResultActions invite(long event, String json) throws Exception {
        return mvc.perform(post("/api/v1/events/" + event + "/invitations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(SignedIn.as(Role.PROGRAMME_OFFICER)));
    }

    private static String address(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static MimeMessage to(String email) {
        return MAIL.to(email).stream().findFirst().orElseThrow();
    }

    private static String link(MimeMessage mail) throws Exception {
        Matcher m = LINK.matcher(text(mail));
        assertThat(m.find()).as("a personal link in " + text(mail)).isTrue();
        return m.group(1);
    }
}
