package org.vtprotect.network.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vtprotect.platform.ProblemException;

/**
 * Limits how many applications one client address, and one e-mail address, may send per hour, so
 * that the form can be used neither to flood the queue nor to flood someone's mailbox with
 * confirmation mails. Kept in memory on each node.
 */
@Component
public class ApplicationThrottle {

    @ConfigurationProperties("vtp.network.applications")
    public record Limits(
            @DefaultValue("30") int perClientPerHour,
            @DefaultValue("5") int perEmailPerHour) {}

    private final Limits limits;
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();
    private final Map<String, Bucket> emails = new ConcurrentHashMap<>();

    ApplicationThrottle(Limits limits) {
        this.limits = limits;
    }

    /** Counts one application; a 429 with the wait when either budget is spent. */
    public void spend(String clientAddress, String email) {
        spend(clients, clientAddress, limits.perClientPerHour());
        spend(emails, email, limits.perEmailPerHour());
    }

    private static void spend(Map<String, Bucket> buckets, String key, int perHour) {
        if (buckets.size() > 100_000) {
            buckets.clear(); // bounded memory under a flood of distinct keys
        }
        Bucket bucket = buckets.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perHour)
                                .refillGreedy(perHour, Duration.ofHours(1))
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "network.application.tooMany")
                    .retryAfter(Duration.ofNanos(probe.getNanosToWaitForRefill())
                            .plusSeconds(1)
                            .withNanos(0));
        }
    }

    @Scheduled(fixedDelay = 3_600_000)
    void forget() {
        clients.clear();
        emails.clear();
    }
}
