package org.vtprotect.account.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.vtprotect.account.AccountInvitationRequested;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.security.PasswordResets;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.Role;

/**
 * Answers {@link AccountInvitationRequested} (an admission to the network, for one): opens the person's account
 * with the role and mails the link to choose a password, or adds the role to the account the
 * address already has. Runs after the grant is stored; a failure is retried by the event
 * publication registry.
 */
@Component
class GrantedAccess {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordResets resets;
    private final AuditTrail audit;

    GrantedAccess(AccountRepository accounts, PasswordEncoder encoder, PasswordResets resets, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.resets = resets;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(AccountInvitationRequested granted) {
        if (granted.role() == Role.ADMINISTRATOR || granted.role() == Role.PROGRAMME_OFFICER) {
            // Staff roles are given by an administrator, never as a side effect of another module.
            throw new IllegalArgumentException("a staff role cannot be granted by an event");
        }
        String email = Account.normalise(granted.email());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Account account = existing.get();
            Set<Role> before = account.roles();
            if (!before.contains(granted.role())) {
                EnumSet<Role> roles = EnumSet.copyOf(before);
                roles.add(granted.role());
                account.assignRoles(roles, -1L);
                audit.recordAs("system", AuditAction.ROLES_CHANGED, email, granted.reason());
            }
            return;
        }
        String name = granted.displayName().strip();
        Account account = new Account(
                email,
                name.length() > 200 ? name.substring(0, 200) : name,
                encoder.encode(Secrets.random(32)),
                EnumSet.of(granted.role()),
                granted.organisationId());
        account.preferLanguage(Languages.resolve(granted.language()).getLanguage());
        account = accounts.saveAndFlush(account);
        resets.sendSetPasswordLink(account.id(), Locale.forLanguageTag(granted.language()));
        audit.recordAs(
                "system",
                AuditAction.ACCOUNT_CREATED,
                email,
                "roles=" + granted.role() + "; " + granted.reason() + "; password=link");
    }
}
