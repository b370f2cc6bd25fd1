package org.vtprotect.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vtprotect.platform.Mail;

class QueuedMailTests {

    private final BlockingQueue<Mail> delivered = new LinkedBlockingQueue<>();

    @AfterEach
    void leaveNoTransactionBehind() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aMailOutsideATransactionGoesOutRightAway() throws Exception {
        try (var queued = new QueuedMail(delivered::add)) {
            queued.send(mail("a@example.org"));
            assertThat(delivered.poll(5, TimeUnit.SECONDS)).isEqualTo(mail("a@example.org"));
        }
    }

    @Test
    void aMailWaitsForItsTransactionAndGoesOutOnlyWhenItCommits() throws Exception {
        try (var queued = new QueuedMail(delivered::add)) {
            List<TransactionSynchronization> committed = inTransaction(() -> queued.send(mail("kept@example.org")));
            List<TransactionSynchronization> rolledBack = inTransaction(() -> queued.send(mail("dropped@example.org")));

            Thread.sleep(200);
            assertThat(delivered).as("nothing leaves before the commit").isEmpty();

            rolledBack.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
            committed.forEach(TransactionSynchronization::afterCommit);

            assertThat(delivered.poll(5, TimeUnit.SECONDS)).isEqualTo(mail("kept@example.org"));
            assertThat(delivered.poll(300, TimeUnit.MILLISECONDS))
                    .as("the rolled-back link was never stored, so it is never sent")
                    .isNull();
        }
    }

    @Test
    void aFailedMailIsTriedAgainThenGivenUpWithoutThrowingAtTheSender() throws Exception {
        var attempts = new AtomicInteger();
        try (var queued = new QueuedMail(
                mail -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw new IllegalStateException("SMTP server down");
                    }
                    delivered.add(mail);
                },
                List.of(Duration.ofMillis(10), Duration.ofMillis(10)))) {
            queued.send(mail("patient@example.org"));
            assertThat(delivered.poll(5, TimeUnit.SECONDS)).isEqualTo(mail("patient@example.org"));
            assertThat(attempts).hasValue(3);
        }

        var hopeless = new AtomicInteger();
        try (var queued = new QueuedMail(
                mail -> {
                    hopeless.incrementAndGet();
                    throw new IllegalStateException("SMTP server gone");
                },
                List.of(Duration.ofMillis(10)))) {
            queued.send(mail("nobody@example.org"));
            Thread.sleep(300);
        }
        assertThat(hopeless).as("one attempt and one retry, then given up").hasValue(2);
    }

    private static List<TransactionSynchronization> inTransaction(Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            return TransactionSynchronizationManager.getSynchronizations();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private static Mail mail(String to) {
        return new Mail(to, "Subject", "Text");
    }
}
