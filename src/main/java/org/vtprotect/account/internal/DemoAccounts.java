package org.vtprotect.account.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Role;

/**
 * With {@code vtp.demo=true}, opens one demo account per role besides the administrator, so that
 * the platform can be tried from each side. Accounts that already exist are left alone; the
 * generated passwords of those just opened are printed once to the console, never to the log.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "vtp.demo", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String DOMAIN = "@demo.vtprotect.localhost";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Demo(String email, String displayName, Role role) {}

    private static final List<Demo> DEMOS = List.of(
            new Demo("officer" + DOMAIN, "Demo programme officer", Role.PROGRAMME_OFFICER),
            new Demo("partner" + DOMAIN, "Demo partner", Role.PARTNER),
            new Demo("expert" + DOMAIN, "Demo expert", Role.EXPERT),
            new Demo("focal-point" + DOMAIN, "Demo national focal point", Role.FOCAL_POINT),
            new Demo("site-operator" + DOMAIN, "Demo site operator", Role.SITE_OPERATOR));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Organisations organisations;
    private final AuditTrail audit;

    DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, Organisations organisations, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.organisations = organisations;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String[]> opened = new ArrayList<>();
        for (Demo demo : DEMOS) {
            if (accounts.existsByEmail(demo.email())) {
                continue;
            }
            String password = Secrets.password();
            accounts.save(new Account(
                    demo.email(),
                    demo.displayName(),
                    encoder.encode(password),
                    EnumSet.of(demo.role()),
                    organisationOf(demo.role())));
            audit.recordAs("system", AuditAction.ACCOUNT_CREATED, demo.email(), "demo account");
            opened.add(new String[] {demo.email(), password, demo.role().name()});
        }
        if (!opened.isEmpty()) {
            log.info("Opened {} demo accounts", opened.size());
            ConsoleNotice.print(
                    "Demo accounts (shown once; for trying the platform, not for real work)",
                    opened.toArray(String[][]::new));
        }
    }

    private @Nullable Long organisationOf(Role role) {
        Optional<Organisations.View> organisation = switch (role) {
            case PARTNER -> organisations.findByAcronym("UNICRI");
            case FOCAL_POINT ->
                Optional.of(
                        organisations.findOrCreate("Government of Tunisia", null, "MEMBER_STATE_GOVERNMENT", "TUN"));
            default -> Optional.empty();
        };
        return organisation.map(Organisations.View::id).orElse(null);
    }
}
