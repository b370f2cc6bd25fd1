package org.vtprotect.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free local port for tests that send mail, and what they need
 * to read it. Register it and point the application at it:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TestMail MAIL = TestMail.perMethod();
 *
 * &#64;DynamicPropertySource
 * static void smtp(DynamicPropertyRegistry registry) {
 *     MAIL.smtp(registry);
 * }
 * </pre>
 *
 * A test class that does so gets its own application context: give it
 * {@code @DirtiesContext(classMode = AFTER_CLASS)} so that the context does not outlive the server.
 */
public final class TestMail extends GreenMailExtension {

    private static final String HOST = "127.0.0.1";

    /** How long {@link #waitUntil} waits: mails arrive after the request that sends them. */
    private static final long WAIT_MILLIS = 15_000;

    private final int port;

    private TestMail(int port, boolean perMethod) {
        super(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        this.port = port;
        withPerMethodLifecycle(perMethod);
    }

    /** A server started afresh, and empty, for each test method. */
    public static TestMail perMethod() {
        return new TestMail(freePort(), true);
    }

    /** One server for all the methods of a class: purge it between tests if they count mails. */
    public static TestMail perClass() {
        return new TestMail(freePort(), false);
    }

    public int port() {
        return port;
    }

    /** Points the application's {@code spring.mail.*} at this server (from a {@code @DynamicPropertySource}). */
    public void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> HOST);
        registry.add("spring.mail.port", () -> port);
    }

    /** The mails received so far whose first recipient is this address, oldest first. */
    public List<MimeMessage> to(String email) {
        return Arrays.stream(getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The mails for this address once there are at least this many (waiting up to 15 s), oldest first. */
    public List<MimeMessage> to(String email, int atLeast) throws InterruptedException {
        waitUntil(() -> to(email).size() >= atLeast);
        return to(email);
    }

    /** The text of a plain-text mail; fails on any other content (a multipart mail, say). */
    public static String text(MimeMessage mail) throws IOException, MessagingException {
        return (String) mail.getContent();
    }

    /** Waits until the condition holds, failing after 15 s. */
    public static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waited 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
