package org.vtprotect.account.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.Secrets;

/**
 * Checks an e-mail address and password, applying the lockout, and writes the outcome to the
 * audit trail. Shared by the sign-in form and the token endpoint.
 */
@Component
public class PasswordCheck {

    /** Compared against when the address is unknown, so that both cases take the same time. */
    private final String unknownAccountHash;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    PasswordCheck(AccountRepository accounts, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.unknownAccountHash = encoder.encode(Secrets.random(16));
    }

    /**
     * The account, or an {@code AuthenticationException} saying why not.
     *
     * <p>Deliberately outside any transaction: the slow hash check must not hold a database
     * connection while the failure and the audit line take their own, or a burst of wrong
     * passwords exhausts the pool. Each attempt is counted before the hash is checked
     * ({@link SignInThrottle#attempt}), so that parallel guesses cannot slip past the lockout; a right password clears the count only
     * when no second factor is still owed (the code page clears it after the right code).
     */
    public Account verify(String email, String password, String address) {
        String key = Account.normalise(email);
        var verdict = throttle.attempt(key, address);
        if (!verdict.allowed()) {
            audit.recordAs(key, AuditAction.SIGN_IN_LOCKED, key, null);
            throw new TooManyAttempts(verdict.retryAfter());
        }
        Account account = accounts.findByEmail(key).orElse(null);
        boolean matches = encoder.matches(password, account == null ? unknownAccountHash : account.passwordHash());
        if (account == null || !matches) {
            audit.recordAs(key, AuditAction.SIGN_IN_FAILED, key, null);
            throw new BadCredentialsException("bad credentials");
        }
        if (!account.enabled()) {
            audit.recordAs(key, AuditAction.SIGN_IN_FAILED, key, "disabled");
            throw new DisabledException("disabled");
        }
        if (!account.totpEnabled()) {
            throttle.succeeded(key);
        }
        return account;
    }
}
