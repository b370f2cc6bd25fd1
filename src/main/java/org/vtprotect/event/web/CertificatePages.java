package org.vtprotect.event.web;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.event.Certificates;
import org.vtprotect.event.OrganisedEvents;

/**
 * Certificates of attendance: the organisers' list of attendees with each certificate, all of them
 * as a ZIP, the mail to the participants; and the participant's personal link to their own.
 */
@Controller
class CertificatePages {

    private final Certificates certificates;
    private final OrganisedEvents events;
    private final ProblemTexts texts;

    CertificatePages(Certificates certificates, OrganisedEvents events, ProblemTexts texts) {
        this.certificates = certificates;
        this.events = events;
        this.texts = texts;
    }

    @GetMapping("/manage/events/{id}/certificates")
    String page(@PathVariable long id, Model model) {
        model.addAttribute("event", events.find(id));
        model.addAttribute("attendees", certificates.attendees(id));
        if (!model.containsAttribute("notice")) {
            model.addAttribute("notice", null);
        }
        return "event/manage/certificates";
    }

    @GetMapping("/manage/events/{id}/certificates/{registrationId}")
    ResponseEntity<byte[]> one(@PathVariable long id, @PathVariable long registrationId) {
        return pdf(certificates.pdf(id, registrationId), "certificate-" + registrationId + ".pdf", true);
    }

    @GetMapping("/manage/events/{id}/certificates.zip")
    ResponseEntity<byte[]> all(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("certificates-event-" + id + ".zip")
                                .build()
                                .toString())
                .body(certificates.zip(id));
    }

    @PostMapping("/manage/events/{id}/certificates/mail")
    String mail(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
        int sent = certificates.mail(id);
        redirect.addFlashAttribute("notice", texts.text("event.certificates.mailed", locale, sent));
        return "redirect:/manage/events/" + id + "/certificates";
    }

    @GetMapping("/events/{id}/certificate/{token}")
    ResponseEntity<byte[]> participant(@PathVariable long id, @PathVariable String token) {
        return pdf(certificates.byLink(id, token), "certificate.pdf", false);
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String name, boolean download) {
        ContentDisposition disposition = download
                ? ContentDisposition.attachment().filename(name).build()
                : ContentDisposition.inline().filename(name).build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }
}
