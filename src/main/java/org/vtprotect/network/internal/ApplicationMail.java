package org.vtprotect.network.internal;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.network.ApplicationState;
import org.vtprotect.platform.Mail;
import org.vtprotect.platform.OutboundMail;

/**
 * The mails an applicant receives, each in the applicant's language: the link to confirm the
 * address, the receipt with the link to withdraw, and the decision. Reviewer notes never go out.
 */
@Component
public class ApplicationMail {

    private final MessageSource messages;
    private final OutboundMail mail;
    private final String baseUrl;

    ApplicationMail(MessageSource messages, OutboundMail mail, @Value("${vtp.base-url}") String baseUrl) {
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** The link to confirm the address; {@code change} when it confirms a change to a confirmed application. */
    public void confirmation(ExpertApplication application, String token, boolean change) {
        Locale locale = locale(application);
        String key = change ? "network.mail.confirmChange" : "network.mail.confirm";
        send(
                application,
                key,
                locale,
                application.displayName(),
                link("/network/applications/confirm", token, locale),
                String.valueOf(ExpertApplication.CONFIRMATION_LIFETIME.toDays()));
    }

    /** The application counts now; the link withdraws it. */
    public void received(ExpertApplication application, String withdrawalToken) {
        Locale locale = locale(application);
        send(
                application,
                "network.mail.received",
                locale,
                application.displayName(),
                String.valueOf(application.id()),
                link("/network/applications/withdraw", withdrawalToken, locale));
    }

    /** Admitted or declined, with the reason the officer gave for the applicant. */
    public void decision(ExpertApplication application) {
        Locale locale = locale(application);
        String reason = application.decisionReason();
        String reasonText =
                reason == null ? "" : messages.getMessage("network.mail.reason", new Object[] {reason}, locale);
        String key =
                application.state() == ApplicationState.ADMITTED ? "network.mail.admitted" : "network.mail.declined";
        send(
                application,
                key,
                locale,
                application.displayName(),
                String.valueOf(application.id()),
                reasonText,
                baseUrl + "/login");
    }

    /** The applicant withdrew: a receipt, so that a withdrawal they did not make does not go unnoticed. */
    public void withdrawn(ExpertApplication application) {
        Locale locale = locale(application);
        send(
                application,
                "network.mail.withdrawn",
                locale,
                application.displayName(),
                String.valueOf(application.id()));
    }

    private void send(ExpertApplication application, String key, Locale locale, Object... args) {
        mail.send(new Mail(
                application.email(),
                messages.getMessage(key + ".subject", new Object[] {String.valueOf(application.id())}, locale),
                messages.getMessage(key + ".body", args, locale)));
    }

    private String link(String path, String token, Locale locale) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .path(path)
                .queryParam("token", token)
                .queryParam("lang", locale.getLanguage())
                .build()
                .toUriString();
    }

    private static Locale locale(ExpertApplication application) {
        return Locale.forLanguageTag(application.language());
    }
}
