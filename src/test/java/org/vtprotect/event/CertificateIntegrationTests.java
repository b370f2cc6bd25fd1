package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** Certificates exist only for those who attended: one by one or all in a ZIP, for the event's organisers only. */
@IntegrationTest
class CertificateIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void onlyAttendeesHaveACertificateNamingTheirDaysWithAVerificationCode() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2033-03-01", "2033-03-03", null);
        String present = "Okonkwo-" + UUID.randomUUID().toString().substring(0, 6);
        String absent = "Absent-" + UUID.randomUUID().toString().substring(0, 6);
        long a = registerAndAttend(mvc, event, present, "en", "2033-03-01", "2033-03-03");
        long b = registerAndAttend(mvc, event, absent, "en");
        registerAndAttend(mvc, event, "Ivanova-" + UUID.randomUUID().toString().substring(0, 6), "ru", "2033-03-02");

        mvc.perform(get("/manage/events/" + event + "/certificates").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(present)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(absent))));

        byte[] pdf = mvc.perform(
                        get("/manage/events/" + event + "/certificates/" + a).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Certificate of attendance").contains(present).contains("Days attended: 2");
        assertThat(text).containsPattern("VTP-[A-Z2-9]{4}-[A-Z2-9]{4}");

        mvc.perform(get("/manage/events/" + event + "/certificates/" + b).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isNotFound());

        byte[] zip = mvc.perform(
                        get("/manage/events/" + event + "/certificates.zip").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.add(entry.getName());
                assertThat(text(in.readAllBytes())).contains("VTP-");
            }
        }
        assertThat(entries).hasSize(2).anyMatch(name -> name.contains(present));
        // the code drawn once stays the certificate's
        assertThat(text(mvc.perform(get("/manage/events/" + event + "/certificates/" + a)
                                .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))
                .contains(code(text));
    }

    @Test
    void onlyTheEventsOrganisersGetCertificates() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2033-04-01", "2033-04-01", null);
        long a = registerAndAttend(mvc, event, "Lee", "en", "2033-04-01");
        var partner = SignedIn.as(4242L, "partner@example.org", 987_654_321L, Role.PARTNER);
        mvc.perform(get("/manage/events/" + event + "/certificates").with(partner))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + event + "/certificates/" + a).with(partner))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + event + "/certificates.zip").with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/events/" + event + "/certificate/" + "B".repeat(43))).andExpect(status().isNotFound());
    }

    /** Registers someone (in a language), records the days they attended, and answers the registration id. */
    static long registerAndAttend(MockMvc mvc, long event, String familyName, String language, String... days)
            throws Exception {
        String email = "c." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long id = EventFixtures.idOf(mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"givenName":"Ada","familyName":"%s","email":"%s","language":"%s","consent":true}
                                """.formatted(familyName, email, language)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        if (days.length > 0) {
            mvc.perform(put("/api/v1/events/" + event + "/registrations/" + id + "/attendance")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"days\":[\"" + String.join("\",\"", days) + "\"]}")
                            .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                    .andExpect(status().isOk());
        }
        return id;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String code(String text) {
        var m = java.util.regex.Pattern.compile("VTP-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group();
    }
}
