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
        Verdict budget = spendAddressBudget(address);
        if (!budget.allowed()) {
            return budget;
        }
        String key = Account.normalise(email);
        Instant since = Instant.now().minus(limits.window());
        return failures.countByEmailAndAtAfter(key, since) < limits.maxFailures()
                ? new Verdict(Duration.ZERO)
                : lockedUntilOldestLeaves(key, since);
    }

    /**
     * Counts one attempt for the address <em>before</em> its password is checked, and says whether
     * it may go on. The attempt is written (and committed) first and the window counted after, so
     * that parallel guesses cannot all pass a check made before any of them was recorded; a refused
     * attempt takes its own record back, so that hammering a locked account does not extend the
     * lock (it keeps its record only while fewer than the limit came before it, so that a burst of
     * parallel guesses still leaves the account locked). The attempt stays counted as a failure unless {@link #succeeded} clears it.
     * Deliberately not transactional: each step commits on its own.
     */
    public Verdict attempt(String email, String address) {
        Verdict budget = spendAddressBudget(address);
        if (!budget.allowed()) {
            return budget;
        }
        String key = Account.normalise(email);
        LoginFailure mine = failures.save(new LoginFailure(key, Instant.now()));
        Instant since = Instant.now().minus(limits.window());
        if (failures.countByEmailAndAtAfter(key, since) <= limits.maxFailures()) {
            return new Verdict(Duration.ZERO);
        }
        if (failures.countByEmailAndAtAfterAndIdLessThan(key, since, mine.id()) >= limits.maxFailures()) {
            failures.delete(mine); // the lock already stands without it
        }
        return lockedUntilOldestLeaves(key, since);
    }

    private Verdict spendAddressBudget(String address) {
        if (addresses.size() > 100_000) {
            addresses.clear(); // bounded memory under a flood of distinct addresses
        }
        Bucket bucket = addresses.computeIfAbsent(
                address,
                a -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(limits.attemptsPerMinutePerAddress())
                                .refillGreedy(limits.attemptsPerMinutePerAddress(), Duration.ofMinutes(1))
                                .build())
                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed()
                ? new Verdict(Duration.ZERO)
                : new Verdict(Duration.ofNanos(probe.getNanosToWaitForRefill())
                        .plusSeconds(1)
                        .withNanos(0));
    }

    private Verdict lockedUntilOldestLeaves(String key, Instant since) {
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
