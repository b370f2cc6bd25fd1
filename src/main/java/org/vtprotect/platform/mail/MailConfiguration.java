package org.vtprotect.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.vtprotect.platform.Mail;
import org.vtprotect.platform.OutboundMail;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @ConfigurationProperties("vtp.mail")
    record MailProperties(
            @DefaultValue("VT Protect <no-reply@vtprotect.localhost>")
            String from) {}

    @Bean
    OutboundMail outboundMail(ObjectProvider<JavaMailSender> senders, MailProperties properties) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): mails are written to this log");
            return new QueuedMail(mail -> log.info(
                    "Mail not sent (no SMTP server configured)\nTo: {}\nSubject: {}\n\n{}",
                    mail.to(),
                    mail.subject(),
                    mail.text()));
        }
        return new QueuedMail(mail -> send(sender, properties.from(), mail));
    }

    private static void send(JavaMailSender sender, String from, Mail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper =
                    new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (Mail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(
                        attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new IllegalStateException("mail could not be sent: " + e.getMessage(), e);
        }
    }
}
