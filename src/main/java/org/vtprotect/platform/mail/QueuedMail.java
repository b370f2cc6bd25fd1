package org.vtprotect.platform.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vtprotect.platform.Mail;
import org.vtprotect.platform.OutboundMail;

/**
 * Hands mails to a background sender once the work that wrote them is committed.
 *
 * <p>Three things follow. A mail whose transaction rolls back is never sent, so no one receives a
 * link whose token was not stored. A page answers as fast whether or not it sends a mail, so the
 * time a "forgot password" request takes does not tell whether the address has an account. And a
 * slow or absent SMTP server does not hold a request: the mail is tried again a few times, then
 * given up with a warning in the log (never its text, which may carry a link that signs someone in).
 */
final class QueuedMail implements OutboundMail, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueuedMail.class);

    private static final List<Duration> RETRY_DELAYS =
            List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));

    private final Consumer<Mail> delivery;
    private final List<Duration> retryDelays;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mail-sender");
        thread.setDaemon(true);
        return thread;
    });

    QueuedMail(Consumer<Mail> delivery) {
        this(delivery, RETRY_DELAYS);
    }

    QueuedMail(Consumer<Mail> delivery, List<Duration> retryDelays) {
        this.delivery = delivery;
        this.retryDelays = List.copyOf(retryDelays);
    }

    @Override
    public void send(Mail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    attempt(mail, 0);
                }
            });
        } else {
            attempt(mail, 0);
        }
    }

    private void attempt(Mail mail, int failures) {
        Runnable task = () -> {
            try {
                delivery.accept(mail);
            } catch (RuntimeException e) {
                if (failures < retryDelays.size()) {
                    log.warn(
                            "Mail could not be sent, trying again in {}: {}",
                            retryDelays.get(failures),
                            e.getMessage());
                    attempt(mail, failures + 1);
                } else {
                    log.error("Mail given up after {} attempts: {}", failures + 1, e.getMessage());
                }
            }
        };
        long delay = failures == 0 ? 0 : retryDelays.get(failures - 1).toMillis();
        if (!sender.isShutdown()) {
            sender.schedule(task, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** Lets the mails already queued go out before the application stops, for a few seconds at most. */
    @Override
    public void close() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(10, TimeUnit.SECONDS)) {
            sender.shutdownNow();
        }
    }
}
