package org.vtprotect.event.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.People;
import org.vtprotect.event.ParticipantRegistered;
import org.vtprotect.platform.Mail;
import org.vtprotect.platform.OutboundMail;

/**
 * Confirms a registration by mail, in the language the participant registered in, with the event
 * as an iCalendar attachment. Runs after the registration is stored; a failure is retried by the
 * event publication registry, never lost.
 */
@Component
class RegistrationMail {

    private final RegistrationRepository registrations;
    private final EventRepository events;
    private final People people;
    private final MessageSource messages;
    private final OutboundMail mail;
    private final String baseUrl;

    RegistrationMail(
            RegistrationRepository registrations,
            EventRepository events,
            People people,
            MessageSource messages,
            OutboundMail mail,
            @Value("${vtp.base-url}") String baseUrl) {
        this.registrations = registrations;
        this.events = events;
        this.people = people;
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @ApplicationModuleListener
    void on(ParticipantRegistered registered) {
        Registration registration =
                registrations.findById(registered.registrationId()).orElse(null);
        Event event = events.findById(registered.eventId()).orElse(null);
        if (registration == null || event == null) {
            return;
        }
        People.View person = people.find(registration.personId()).orElse(null);
        if (person == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(registration.language());
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String status = switch (registration.status()) {
            case CONFIRMED -> "event.mail.confirmed";
            case PENDING -> "event.mail.pending";
            default -> "event.mail.waitlisted";
        };
        String text = messages.getMessage(
                "event.mail.body",
                new Object[] {
                    person.givenName(),
                    event.title(),
                    dates.format(event.startDate()),
                    dates.format(event.endDate()),
                    event.timeZone(),
                    messages.getMessage(status, null, locale),
                    baseUrl + "/events/" + event.id() + "?lang=" + locale.getLanguage()
                },
                locale);
        String subject = messages.getMessage("event.mail.subject", new Object[] {event.title()}, locale);
        byte[] calendar = ICalendar.of(List.of(event), baseUrl, Instant.now()).getBytes(StandardCharsets.UTF_8);
        mail.send(new Mail(
                person.email(),
                subject,
                text,
                List.of(new Mail.Attachment(
                        "event-" + event.id() + ".ics", "text/calendar; charset=UTF-8", calendar))));
    }
}
