package org.vtprotect.account.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.security.PasswordResets;
import org.vtprotect.network.ExpertAdmitted;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.Role;

/**
 * Answers an admission to the network: opens the expert's account with the {@code EXPERT} role and
 * mails the link to choose a password, or adds the role to the account the address already has.
 * Runs after the decision is stored; a failure is retried by the event publication registry.
 */
@Component
class AdmittedExperts {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordResets resets;
    private final AuditTrail audit;

    AdmittedExperts(AccountRepository accounts, PasswordEncoder encoder, PasswordResets resets, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.resets = resets;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(ExpertAdmitted admitted) {
        String email = Account.normalise(admitted.email());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Account account = existing.get();
            Set<Role> before = account.roles();
            if (!before.contains(Role.EXPERT)) {
                EnumSet<Role> roles = EnumSet.copyOf(before);
                roles.add(Role.EXPERT);
                account.assignRoles(roles, -1L);
                audit.recordAs(
                        "system",
                        AuditAction.ROLES_CHANGED,
                        email,
                        "admitted to the network (application " + admitted.applicationId() + ")");
            }
            return;
        }
        String name = admitted.displayName().strip();
        Account account = new Account(
                email,
                name.length() > 200 ? name.substring(0, 200) : name,
                encoder.encode(Secrets.random(32)),
                EnumSet.of(Role.EXPERT),
                admitted.organisationId());
        account.preferLanguage(Languages.resolve(admitted.language()).getLanguage());
        account = accounts.saveAndFlush(account);
        resets.sendSetPasswordLink(account.id(), Locale.forLanguageTag(admitted.language()));
        audit.recordAs(
                "system",
                AuditAction.ACCOUNT_CREATED,
                email,
                "roles=EXPERT; admitted to the network (application " + admitted.applicationId() + "); password=link");
    }
}
