package org.vtprotect.account.security;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;
import java.util.Optional;
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

    /** What an authenticator app needs to enrol: the secret as text and as a QR code. */
    public record Enrolment(String secret, String qrCodeDataUri) {}

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final CodeVerifier verifier;

    SecondFactor(AccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
        var check =
                new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6), new SystemTimeProvider());
        check.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = check;
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
        if (account.totpSecret() == null || !matches(account.totpSecret(), code)) {
            return false;
        }
        account.confirmTotp();
        audit.recordAs(account.email(), AuditAction.SECOND_FACTOR_ENROLLED, account.email(), null);
        return true;
    }

    @Transactional
    public void remove(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(ProblemException::notFound);
        account.removeTotp();
        audit.record(AuditAction.SECOND_FACTOR_REMOVED, account.email(), null);
    }

    @Transactional(readOnly = true)
    public boolean verify(long accountId, String code) {
        return accounts.findById(accountId)
                .filter(Account::totpEnabled)
                .map(account -> account.totpSecret() != null && matches(account.totpSecret(), code))
                .orElse(false);
    }

    private boolean matches(String secret, String code) {
        String digits = code.replaceAll("\\s", "");
        return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
    }

    private static String qrCode(String email, String secret) {
        QrData data = new QrData.Builder()
                .label(email)
                .secret(secret)
                .issuer("VT Protect")
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(30)
                .build();
        try {
            var generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be drawn", e);
        }
    }
}
