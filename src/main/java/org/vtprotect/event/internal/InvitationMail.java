package org.vtprotect.event.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.platform.Mail;
import org.vtprotect.platform.OutboundMail;

/**
 * Writes an invitation, or a reminder, in the invitee's language, with their personal link. The
 * link's token travels only in this mail: it is never stored nor logged.
 */
@Component
public class InvitationMail {

    private final MessageSource messages;
    private final OutboundMail mail;
    private final String baseUrl;

    InvitationMail(MessageSource messages, OutboundMail mail, @Value("${vtp.base-url}") String baseUrl) {
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public void send(Invitation invitation, Event event, String token, boolean reminder) {
        Locale locale = Locale.forLanguageTag(invitation.language());
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String link = baseUrl + "/events/" + event.id() + "/invitation/" + token + "?lang=" + locale.getLanguage();
        String name = invitation.givenName() != null
                ? invitation.givenName()
                : messages.getMessage("event.invitation.mail.someone", null, locale);
        String body = messages.getMessage(
                reminder ? "event.invitation.mail.reminder" : "event.invitation.mail.body",
                new Object[] {
                    name,
                    event.title(),
                    dates.format(event.startDate()),
                    dates.format(event.endDate()),
                    event.timeZone(),
                    link
                },
                locale);
        String subject = messages.getMessage(
                reminder ? "event.invitation.mail.reminderSubject" : "event.invitation.mail.subject",
                new Object[] {event.title()},
                locale);
        mail.send(new Mail(invitation.email(), subject, body));
    }
}
