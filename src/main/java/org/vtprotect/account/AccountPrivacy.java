package org.vtprotect.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.ApiTokenRepository;
import org.vtprotect.account.internal.Secrets;
import org.vtprotect.platform.Role;

/**
 * What another module needs to honour a person's rights over their account: see what the account
 * holds, take a role away (audited), and erase the person from it. Erasure keeps the row, under a
 * pseudonym, so that what the audit trail says stays true without naming anyone.
 */
@Service
public class AccountPrivacy {

    /** The audit action of an erasure; its target is the pseudonym, never the address. */
    public static final String ACCOUNT_ERASED = "ACCOUNT_ERASED";

    /** The name an erased account keeps: not a person's name, and never shown as one. */
    public static final String ERASED_NAME = "-";

    /** What an account holds about its owner; no password hash, no second-factor secret, no token. */
    public record AccountData(
            String email,
            String displayName,
            List<Role> roles,
            @Nullable Long organisationId,
            @Nullable String preferredLanguage,
            boolean enabled,
            boolean secondFactor,
            Instant createdAt,
            Instant passwordChangedAt,
            List<Token> apiTokens) {

        /** An API token as its owner sees it in the list: its name and prefix, never the token. */
        public record Token(
                String name,
                String prefix,
                Instant createdAt,
                Instant expiresAt,
                @Nullable Instant lastUsedAt,
                @Nullable Instant revokedAt) {}
    }

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;

    AccountPrivacy(
            AccountRepository accounts,
            ApiTokenRepository tokens,
            PasswordEncoder encoder,
            AuditTrail audit,
            JdbcTemplate jdbc,
            ApplicationEventPublisher publisher) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** The pseudonym an erased account and its audit entries take instead of the address. */
    public static String pseudonym(long accountId) {
        return "erased-" + accountId + "@erased.invalid";
    }

    /** What the account with this address holds, if there is one. */
    @Transactional(readOnly = true)
    public Optional<AccountData> export(String email) {
        return accounts.findByEmail(Account.normalise(email))
                .map(account -> new AccountData(
                        account.email(),
                        account.displayName(),
                        account.roles().stream().sorted().toList(),
                        account.organisationId(),
                        account.preferredLanguage(),
                        account.enabled(),
                        account.totpEnabled(),
                        account.createdAt(),
                        account.passwordChangedAt(),
                        tokens.findByAccountIdOrderByCreatedAtDesc(account.id()).stream()
                                .map(t -> new AccountData.Token(
                                        t.name(),
                                        t.prefix(),
                                        t.createdAt(),
                                        t.expiresAt(),
                                        t.lastUsedAt(),
                                        t.revokedAt()))
                                .toList()));
    }

    /**
     * Takes a role away from the account with this address, even its last one (it may still sign
     * in, but reaches only what every fully signed-in account may), and audits it. Nothing happens
     * when there is no such account or it lacks the role.
     */
    @Transactional
    public void withdrawRole(String email, Role role, String reason) {
        accounts.findByEmail(Account.normalise(email)).ifPresent(account -> {
            Set<Role> before = account.roles();
            if (before.contains(role)) {
                account.withdrawRole(role);
                audit.record(
                        AuditAction.ROLES_CHANGED,
                        account.email(),
                        "before=" + names(before) + "; after=" + names(account.roles()) + "; " + reason);
            }
        });
    }

    /**
     * Erases the person from the account with this address: the address and name are replaced
     * (address by {@link #pseudonym(long)}), roles, API tokens, password links and the second
     * factor removed, the account disabled and its sessions ended; audit entries and failed
     * sign-ins naming the address are pseudonymised or removed. Then {@link AccountErased} is
     * published, and its listeners (the directory person and the events they registered for, see
     * the event module) erase their share before this method returns; last, the stored event
     * publications that carry the address are deleted, any published meanwhile included. Runs in
     * the caller's transaction. Returns the pseudonym, or empty when the address has no account
     * (failed sign-ins, the other modules' data and stored events are erased all the same).
     */
    @Transactional
    public Optional<String> erase(String email) {
        String address = Account.normalise(email);
        jdbc.update("DELETE FROM login_failure WHERE lower(email) = ?", address);
        Optional<String> pseudonym = accounts.findByEmail(address).map(account -> erase(account, email));
        // plain @EventListeners run here, synchronously, in this transaction
        publisher.publishEvent(new AccountErased(address));
        jdbc.update("DELETE FROM event_publication WHERE lower(serialized_event) LIKE ? ESCAPE '\\'", like(address));
        return pseudonym;
    }

    private String erase(Account account, String email) {
        String address = Account.normalise(email);
        String pseudonym = pseudonym(account.id());
        jdbc.update("DELETE FROM api_token WHERE account_id = ?", account.id());
        jdbc.update("DELETE FROM password_reset WHERE account_id = ?", account.id());
        account.erase(pseudonym, ERASED_NAME, encoder.encode(Secrets.random(32)));
        accounts.saveAndFlush(account);
        jdbc.update(
                "UPDATE audit_event SET actor = ? WHERE lower(actor) = ? OR lower(actor) = ?",
                pseudonym,
                address,
                email.strip().toLowerCase(Locale.ROOT));
        jdbc.update("UPDATE audit_event SET target = ? WHERE lower(target) = ?", pseudonym, address);
        jdbc.update(
                "UPDATE audit_event SET target = replace(target, ?, ?) WHERE target LIKE ? ESCAPE '\\'",
                address,
                pseudonym,
                like(address));
        jdbc.update(
                "UPDATE audit_event SET detail = replace(detail, ?, ?) WHERE detail LIKE ? ESCAPE '\\'",
                address,
                pseudonym,
                like(address));
        audit.recordAs(pseudonym, ACCOUNT_ERASED, pseudonym, "erased at the person's request");
        return pseudonym;
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
