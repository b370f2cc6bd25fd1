package org.vtprotect.account.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.ApiToken;
import org.vtprotect.account.internal.ApiTokenRepository;
import org.vtprotect.account.internal.PasswordReset;
import org.vtprotect.account.internal.PasswordResetRepository;
import org.vtprotect.account.internal.Secrets;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.Mail;
import org.vtprotect.platform.OutboundMail;
import org.vtprotect.platform.ProblemException;

/**
 * Links by mail to set a password: after "forgot my password", and for a new account created
 * without one. Single use, short-lived, stored as a hash; the mail is in the account's language.
 */
@Service
public class PasswordResets {

    /** Why the link is sent: the mail's wording and the link's lifetime differ. */
    public enum Purpose {
        RESET(Duration.ofHours(1)),
        NEW_ACCOUNT(Duration.ofDays(7));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    public static final int MINIMUM_LENGTH = 12;

    /** bcrypt reads no more than 72 bytes and refuses longer passwords. */
    public static final int MAXIMUM_BYTES = 72;

    /** Whether a password is too long to be hashed, measured in UTF-8 bytes. */
    public static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES;
    }

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final OutboundMail mail;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final String baseUrl;

    PasswordResets(
            AccountRepository accounts,
            PasswordResetRepository resets,
            ApiTokenRepository tokens,
            PasswordEncoder encoder,
            OutboundMail mail,
            MessageSource messages,
            AuditTrail audit,
            @Value("${vtp.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.resets = resets;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mail = mail;
        this.messages = messages;
        this.audit = audit;
        this.baseUrl = baseUrl;
    }

    /**
     * Sends a reset link if an enabled account has this address. Says nothing either way, so that
     * the form cannot be used to find out who has an account.
     */
    @Transactional
    public void requestReset(String email, Locale locale) {
        Optional<Account> account =
                accounts.findByEmail(Account.normalise(email)).filter(Account::enabled);
        audit.recordAs(
                Account.normalise(email),
                AuditAction.PASSWORD_RESET_REQUESTED,
                null,
                account.isPresent() ? null : "no such account");
        account.ifPresent(a -> send(a, Purpose.RESET, locale));
    }

    /** Sends a link to set the password of an account, e.g. one an administrator just created. */
    @Transactional
    public void sendSetPasswordLink(long accountId, Locale locale) {
        Account account = accounts.findById(accountId).orElseThrow(ProblemException::notFound);
        send(account, Purpose.NEW_ACCOUNT, locale);
    }

    /** Whether a link is still good, for showing the form or an "expired" message. */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return resets.findByTokenHash(Secrets.sha256(token))
                .filter(r -> r.usableAt(Instant.now()))
                .isPresent();
    }

    /** Sets the new password with a link's token; the link cannot be used again. */
    @Transactional
    public void complete(String token, String newPassword) {
        if (newPassword.length() < MINIMUM_LENGTH) {
            throw ProblemException.invalid("password", "password.tooShort");
        }
        if (tooLong(newPassword)) {
            throw ProblemException.invalid("password", "password.tooLong");
        }
        PasswordReset reset = resets.findByTokenHash(Secrets.sha256(token))
                .filter(r -> r.usableAt(Instant.now()))
                .orElseThrow(() -> ProblemException.invalid("token", "password.reset.expired"));
        Account account = accounts.findById(reset.accountId()).orElseThrow(ProblemException::notFound);
        // a reset often follows a suspected compromise: every other link and every API token goes
        // too, and open sessions are signed out by SessionFreshness as the password changed
        resets.findByAccountIdAndUsedAtIsNull(account.id()).forEach(PasswordReset::use);
        List<ApiToken> revoked = tokens.findByAccountIdAndRevokedAtIsNull(account.id());
        revoked.forEach(ApiToken::revoke);
        account.changePassword(encoder.encode(newPassword));
        audit.recordAs(
                account.email(),
                AuditAction.PASSWORD_RESET,
                account.email(),
                revoked.isEmpty() ? null : "API tokens revoked: " + revoked.size());
    }

    private void send(Account account, Purpose purpose, Locale fallback) {
        String token = Secrets.random(32);
        resets.save(new PasswordReset(
                account.id(), Secrets.sha256(token), Instant.now().plus(purpose.lifetime)));
        Locale locale = account.preferredLanguage() != null ? Languages.resolve(account.preferredLanguage()) : fallback;
        String link = UriComponentsBuilder.fromUriString(baseUrl)
                .path("/password/reset")
                .queryParam("token", token)
                .queryParam("lang", locale.getLanguage())
                .build()
                .toUriString();
        String key = purpose == Purpose.RESET ? "mail.reset" : "mail.newAccount";
        mail.send(new Mail(
                account.email(),
                messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", new Object[] {account.displayName(), link}, locale)));
    }
}
