package org.vtprotect.account.internal;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.platform.Role;

/**
 * On first start (no account at all), creates the administrator from {@code VTP_ADMIN_EMAIL} and
 * {@code VTP_ADMIN_PASSWORD}; without a password it generates a strong one and prints it once to
 * the console (never to the log).
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    @ConfigurationProperties("vtp.admin")
    record Settings(String email, String password) {}

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Settings settings;

    FirstAdministrator(AccountRepository accounts, PasswordEncoder encoder, Settings settings) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = settings.password() == null || settings.password().isBlank();
        String password = generated ? Secrets.password() : settings.password();
        if (!generated && password.length() < 12) {
            throw new IllegalStateException("VTP_ADMIN_PASSWORD must have at least 12 characters");
        }
        accounts.save(new Account(
                settings.email(), "Administrator", encoder.encode(password), EnumSet.of(Role.ADMINISTRATOR), null));
        log.info("Created the first administrator account {}", Account.normalise(settings.email()));
        if (generated) {
            ConsoleNotice.print("First administrator (shown once, change it after signing in)", new String[][] {
                {Account.normalise(settings.email()), password}
            });
        }
    }
}
