package org.vtprotect.account.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.ApiToken;
import org.vtprotect.account.internal.ApiTokenRepository;
import org.vtprotect.account.internal.Secrets;
import org.vtprotect.platform.ProblemException;

/** Personal API tokens: minted once, stored as a hash, expiring, revocable. */
@Service
public class ApiTokens {

    /** Tokens start with this, so that scanners for leaked secrets can recognise them. */
    static final String PREFIX = "vtp_";

    @ConfigurationProperties("vtp.security.api-token")
    public record Settings(
            @DefaultValue("30d") Duration defaultLifetime,
            @DefaultValue("365d") Duration maxLifetime) {}

    /** A token just minted: the only moment its value is known. */
    public record Minted(long id, String token, Instant expiresAt) {}

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Settings settings;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, AuditTrail audit, Settings settings) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
    }

    @Transactional
    public Minted mint(Account account, String name, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(settings.maxLifetime()) > 0) {
            throw ProblemException.invalid("lifetime", "token.lifetime.invalid");
        }
        String token = PREFIX + Secrets.random(32);
        Instant expiresAt = Instant.now().plus(lifetime);
        ApiToken saved = tokens.save(
                new ApiToken(account.id(), name.strip(), Secrets.sha256(token), token.substring(0, 10), expiresAt));
        audit.recordAs(account.email(), AuditAction.TOKEN_CREATED, "token:" + saved.id(), name);
        return new Minted(saved.id(), token, expiresAt);
    }

    public Duration defaultLifetime() {
        return settings.defaultLifetime();
    }

    /** The principal a presented token stands for, if it is known, unexpired, unrevoked and its account enabled. */
    @Transactional
    public Optional<AccountPrincipal> authenticate(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHash(Secrets.sha256(token))
                .filter(t -> t.usableAt(now))
                .flatMap(t -> {
                    if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusSeconds(60))) {
                        t.usedAt(now);
                    }
                    return accounts.findById(t.accountId());
                })
                .filter(Account::enabled)
                .map(AccountPrincipal::of);
    }

    @Transactional
    public void revokePresented(String token) {
        tokens.findByTokenHash(Secrets.sha256(token)).ifPresent(t -> revoke(t, t.accountId()));
    }

    @Transactional
    public void revoke(long tokenId, long accountId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.accountId() == accountId)
                .orElseThrow(ProblemException::notFound);
        revoke(token, accountId);
    }

    private void revoke(ApiToken token, long accountId) {
        if (token.revokedAt() == null) {
            token.revoke();
            String actor = accounts.findById(accountId).map(Account::email).orElse("unknown");
            audit.recordAs(actor, AuditAction.TOKEN_REVOKED, "token:" + token.id(), token.name());
        }
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(long accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
    }
}
