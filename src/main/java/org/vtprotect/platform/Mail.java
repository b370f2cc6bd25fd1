package org.vtprotect.platform;

import java.util.List;

/** One e-mail to one recipient, already written in the recipient's language. */
public record Mail(String to, String subject, String text, List<Attachment> attachments) {

    /** A file sent with the mail, such as an iCalendar invitation. */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    public Mail(String to, String subject, String text) {
        this(to, subject, text, List.of());
    }
}
