package org.vtprotect.account.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.LoginFailure;
import org.vtprotect.account.internal.LoginFailureRepository;

/**
 * Lockout and rate limit for sign-in and token minting. An e-mail address with too many failures
 * in the window is locked (even for the right password) until its oldest failure leaves the
 * window; the failures are in the database, so every node sees them. Each client address also has
 * a request budget per minute, kept in memory on each node.
 */
@Component
public class SignInThrottle {

    @ConfigurationProperties("vtp.security.sign-in")
    public record Limits(
            @DefaultValue("10") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("60") int attemptsPerMinutePerAddress) {}

    /** How long the caller must wait; {@link Duration#ZERO} when it may go on. */
    public record Verdict(Duration retryAfter) {
        public boolean allowed() {
            return retryAfter.isZero();
        }
    }

    private final LoginFailureRepository failures;
    private final Limits limits;
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    SignInThrottle(LoginFailureRepository failures, Limits limits) {
        this.failures = failures;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public Verdict check(String email, String address) {
        Bucket bucket = addresses.computeIfAbsent(
                address,
                a -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(limits.attemptsPerMinutePerAddress())
                                .refillGreedy(limits.attemptsPerMinutePerAddress(), Duration.ofMinutes(1))
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return new Verdict(Duration.ofNanos(probe.getNanosToWaitForRefill())
                    .plusSeconds(1)
                    .withNanos(0));
        }
        Instant since = Instant.now().minus(limits.window());
        String key = Account.normalise(email);
        if (failures.countByEmailAndAtAfter(key, since) < limits.maxFailures()) {
            return new Verdict(Duration.ZERO);
        }
        Instant oldest = failures.oldestSince(key, since).orElse(Instant.now());
        Duration wait = Duration.between(Instant.now(), oldest.plus(limits.window()));
        return new Verdict(
                wait.isNegative() || wait.isZero()
                        ? Duration.ofSeconds(1)
                        : wait.plusSeconds(1).withNanos(0));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email) {
        failures.save(new LoginFailure(Account.normalise(email), Instant.now()));
    }

    @Transactional
    public void succeeded(String email) {
        failures.clear(Account.normalise(email));
    }

    @Scheduled(fixedDelay = 600_000)
    @Transactional
    public void forgetOldFailures() {
        failures.purgeBefore(Instant.now().minus(limits.window()));
        addresses.clear();
    }
}
