package org.vtprotect.platform;

/**
 * Sends mail through the SMTP server of {@code spring.mail.*}; without one, writes each mail to the
 * log so that a newcomer running the platform locally still gets the links.
 */
public interface OutboundMail {

    void send(Mail mail);
}
