package org.vtprotect.account.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;

/**
 * Whether administrators and programme officers must enrol a second factor before they may do
 * anything else ({@code vtp.security.second-factor-required}, on unless switched off).
 */
@Component
public class SecondFactorPolicy {

    @ConfigurationProperties("vtp.security")
    public record Settings(@DefaultValue("true") boolean secondFactorRequired) {}

    private final AccountRepository accounts;
    private final Settings settings;

    SecondFactorPolicy(AccountRepository accounts, Settings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    public boolean required() {
        return settings.secondFactorRequired();
    }

    /** True when the account's roles call for a second factor, none is enrolled, and it is required. */
    public boolean mustEnrol(Account account) {
        return required() && account.mayUseSecondFactor() && !account.totpEnabled();
    }

    @Transactional(readOnly = true)
    public boolean mustEnrol(long accountId) {
        return required() && accounts.findById(accountId).map(this::mustEnrol).orElse(false);
    }
}
