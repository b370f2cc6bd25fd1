package org.vtprotect.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.SignedIn;

/** Accounts with a known password for the account module's tests, each with an address of its own. */
final class AccountFixtures {

    static final String PASSWORD = "a-long-enough-password";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;

    AccountFixtures(AccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    Account create(Role... roles) {
        return create(null, roles);
    }

    Account create(@Nullable Long organisationId, Role... roles) {
        String email = "person-" + UUID.randomUUID() + "@example.org";
        var granted = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
        return accounts.save(new Account(
                email, "Person " + email.substring(7, 15), encoder.encode(PASSWORD), granted, organisationId));
    }

    Account reload(Account account) {
        return accounts.findById(account.id()).orElseThrow();
    }

    /** A MockMvc request made as this account, without a session. */
    static RequestPostProcessor as(Account account) {
        return SignedIn.as(
                account.id(),
                account.email(),
                account.organisationId(),
                account.roles().toArray(Role[]::new));
    }

    /** Signs in through the real form; the result's session carries the sign-in on. */
    static MvcResult signIn(MockMvc mvc, String email, String password) throws Exception {
        return mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(password))
                .andReturn();
    }

    static MockHttpSession session(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static final Map<String, Long> USED_STEPS = new ConcurrentHashMap<>();

    /**
     * A code the platform accepts now and that no earlier call returned for this secret: each code
     * is accepted once, so a later sign-in needs the code of a later period (this one or the next),
     * waiting for the clock when both were used.
     */
    static String currentCode(String secret) throws CodeGenerationException {
        long step = USED_STEPS.merge(secret, nowStep(), (last, now) -> Math.max(last + 1, now));
        while (step > nowStep() + 1) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    }

    /** The code {@link #currentCode} returned last for this secret: used up once the platform accepted it. */
    static String usedCode(String secret) throws CodeGenerationException {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, USED_STEPS.get(secret));
    }

    private static long nowStep() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, 30);
    }

    /** A six-digit code that is certainly wrong now (not the code of this, the previous or the next period). */
    static String wrongCode(String secret) throws CodeGenerationException {
        var generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
        long bucket = Math.floorDiv(System.currentTimeMillis() / 1000, 30);
        var valid = List.of(
                generator.generate(secret, bucket - 1),
                generator.generate(secret, bucket),
                generator.generate(secret, bucket + 1));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123_456 + i * 7_919) % 1_000_000);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }
}
