package org.vtprotect.account.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.time.TimeProvider;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.ProblemException;

/** TOTP (RFC 6238) second factor: enrolment with a QR code, and checking codes at sign-in. */
@Service
public class SecondFactor {

    private static final int PERIOD_SECONDS = 30;

    /** What an authenticator app needs to enrol: the secret as text and as a QR code. */
    public record Enrolment(String secret, String qrCodeDataUri) {}

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final TimeProvider clock = new SystemTimeProvider();

    SecondFactor(AccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public Enrolment startEnrolment(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(ProblemException::notFound);
        if (!account.mayUseSecondFactor()) {
            throw new ProblemException(org.springframework.http.HttpStatus.FORBIDDEN, "problem.403.detail");
        }
        String secret = account.totpSecret() != null && !account.totpEnabled()
                ? account.totpSecret()
                : new DefaultSecretGenerator(32).generate();
        account.startTotpEnrolment(secret);
        return new Enrolment(secret, qrCode(account.email(), secret));
    }

    /** Where an account stands: a second factor in use, an enrolment waiting for its first code, or none. */
    public enum Status {
        ENROLLED,
        PENDING,
        NONE
    }

    @Transactional(readOnly = true)
    public Status status(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(ProblemException::notFound);
        if (account.totpEnabled()) {
            return Status.ENROLLED;
        }
        return account.totpSecret() == null ? Status.NONE : Status.PENDING;
    }

    /** The enrolment started but not yet confirmed, to show its QR code again without changing it. */
    @Transactional(readOnly = true)
    public Optional<Enrolment> pendingEnrolment(long accountId) {
        return accounts.findById(accountId)
                .filter(account -> !account.totpEnabled() && account.totpSecret() != null)
                .map(account -> new Enrolment(account.totpSecret(), qrCode(account.email(), account.totpSecret())));
    }

    /** Confirms enrolment with a first code from the app; false if the code is wrong. */
    @Transactional
    public boolean confirm(long accountId, String code) {
        Account account = accounts.findById(accountId).orElseThrow(ProblemException::notFound);
        OptionalLong step = account.totpSecret() == null ? OptionalLong.empty() : step(account.totpSecret(), code);
        if (step.isEmpty()) {
            return false;
        }
        account.confirmTotp(step.getAsLong());
        audit.recordAs(account.email(), AuditAction.SECOND_FACTOR_ENROLLED, account.email(), null);
        return true;
    }

    @Transactional
    public void remove(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(ProblemException::notFound);
        account.removeTotp();
        audit.record(AuditAction.SECOND_FACTOR_REMOVED, account.email(), null);
    }

    /**
     * Checks a code at sign-in. A code is accepted once: the time step it belongs to is used up, so the
     * same code (or an older one) is refused afterwards (RFC 6238, section 5.2).
     */
    @Transactional
    public boolean verify(long accountId, String code) {
        OptionalLong step = accounts.findById(accountId)
                .filter(Account::totpEnabled)
                .filter(account -> account.totpSecret() != null)
                .map(account -> step(account.totpSecret(), code))
                .orElse(OptionalLong.empty());
        return step.isPresent() && accounts.useTotpStep(accountId, step.getAsLong()) == 1;
    }

    /** The time step (this period, the one before or the one after) whose code this is, if any. */
    private OptionalLong step(String secret, String code) {
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = Math.floorDiv(clock.getTime(), PERIOD_SECONDS);
        OptionalLong found = OptionalLong.empty();
        // every candidate is computed and compared in constant time, so timing does not tell which one matched
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(generate(secret, step), digits.getBytes(StandardCharsets.US_ASCII))) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    private byte[] generate(String secret, long step) {
        try {
            return codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code could not be computed", e);
        }
    }

    private static String qrCode(String email, String secret) {
        QrData data = new QrData.Builder()
                .label(email)
                .secret(secret)
                .issuer("VT Protect")
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
        try {
            var generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }
}
