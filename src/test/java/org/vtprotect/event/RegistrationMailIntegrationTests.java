package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.registrationJson;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.UUID;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestMail;

/** A registrant receives a real mail, in the language they registered in, with a valid .ics. */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegistrationMailIntegrationTests {

    @RegisterExtension
    static final TestMail MAIL = TestMail.perMethod();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.smtp(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void theConfirmationComesInFrenchWithTheEventAsACalendarFile() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2031-06-15", "2031-06-16", null);
        String email = "fr." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(email, "FEMALE", "Bureau", "TUN", "TUN")))
                .andExpect(status().isCreated());

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getSubject()).startsWith("Votre inscription");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = null;
        byte[] calendar = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                text = (String) nested.getBodyPart(0).getContent();
            } else if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
                calendar = part.getInputStream().readAllBytes();
            } else if (part.getContent() instanceof String body) {
                text = body;
            }
        }
        assertThat(text).contains("Amina").contains("Votre place est confirmée").contains("/events/" + event);
        assertThat(calendar).isNotNull();
        VEvent vevent = (VEvent)
                CalendarFiles.parseValid(calendar).getComponent("VEVENT").orElseThrow();
        assertThat(vevent.getDateTimeStart().getValue()).isEqualTo("20310615");
    }
}
