package org.vtprotect.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.internal.AccountSearch;
import org.vtprotect.account.internal.Secrets;
import org.vtprotect.account.security.PasswordResets;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.platform.Role;

/**
 * What administrators do with accounts: open, change, disable and enable them, each written to the
 * audit trail. Input is checked field by field, so that a form or an API client learns everything
 * that is wrong at once.
 */
@Service
public class AccountAdministration {

    /** The message key of the 409 for an address that already has an account. */
    public static final String EMAIL_TAKEN = "administration.email.taken";

    /** A new account; without a password (null), a link to choose one is mailed. */
    public record NewAccount(
            @Nullable String email,
            @Nullable String displayName,
            @Nullable Collection<String> roles,
            @Nullable Long organisationId,
            @Nullable String password) {}

    /** The editable fields of an account; {@code enabled} left out (null) keeps the status. */
    public record Changes(
            @Nullable String displayName,
            @Nullable Collection<String> roles,
            @Nullable Long organisationId,
            @Nullable Boolean enabled) {}

    private final AccountRepository accounts;
    private final AccountSearch search;
    private final Organisations organisations;
    private final PasswordEncoder encoder;
    private final PasswordResets resets;
    private final AuditTrail audit;

    AccountAdministration(
            AccountRepository accounts,
            AccountSearch search,
            Organisations organisations,
            PasswordEncoder encoder,
            PasswordResets resets,
            AuditTrail audit) {
        this.accounts = accounts;
        this.search = search;
        this.organisations = organisations;
        this.encoder = encoder;
        this.resets = resets;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> search(
            String text, @Nullable Role role, @Nullable Boolean enabled, AccountOrder order, Pageable page) {
        return search.find(text, role, enabled, order, page).map(AccountView::of);
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        return AccountView.of(account(id));
    }

    /** Opens an account; {@code locale} is the language of the set-password mail when one is sent. */
    @Transactional
    public AccountView create(NewAccount request, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        String email = AccountFields.email(request.email(), problems);
        String name = AccountFields.name(request.displayName(), problems);
        Set<Role> roles = AccountFields.roles(request.roles(), problems);
        checkOrganisation(request.organisationId(), problems);
        String password = request.password();
        AccountFields.password(password, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (accounts.existsByEmail(email)) {
            throw ProblemException.conflict(EMAIL_TAKEN);
        }
        boolean sendLink = password == null;
        String hash = encoder.encode(sendLink ? Secrets.random(32) : password);
        Account account;
        try {
            account = accounts.saveAndFlush(new Account(email, name, hash, roles, request.organisationId()));
        } catch (DataIntegrityViolationException e) {
            throw ProblemException.conflict(EMAIL_TAKEN);
        }
        if (sendLink) {
            resets.sendSetPasswordLink(account.id(), locale);
        }
        audit.record(
                AuditAction.ACCOUNT_CREATED,
                account.email(),
                "roles=" + names(account.roles())
                        + (account.organisationId() == null ? "" : "; organisation=" + account.organisationId())
                        + "; password=" + (sendLink ? "link" : "set"));
        return AccountView.of(account);
    }

    /** Changes name, roles and organisation, and the status when {@code enabled} is given. */
    @Transactional
    public AccountView update(long id, Changes changes) {
        accounts.lockEnabledAdministrators();
        Account account = account(id);
        List<FieldProblem> problems = new ArrayList<>();
        String name = AccountFields.name(changes.displayName(), problems);
        Set<Role> roles = AccountFields.roles(changes.roles(), problems);
        checkOrganisation(changes.organisationId(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Set<Role> before = account.roles();
        boolean wasEnabled = account.enabled();
        List<String> changed = new ArrayList<>();
        if (!name.equals(account.displayName())) {
            account.rename(name);
            changed.add("displayName");
        }
        if (!Objects.equals(changes.organisationId(), account.organisationId())) {
            account.moveTo(changes.organisationId());
            changed.add("organisationId");
        }
        if (!roles.equals(before)) {
            account.assignRoles(roles, actingAccountId());
        }
        if (changes.enabled() != null && changes.enabled() != wasEnabled) {
            if (changes.enabled()) {
                account.enable();
            } else {
                account.disable(actingAccountId());
            }
        }
        if (wasEnabled && before.contains(Role.ADMINISTRATOR)) {
            keepAnAdministrator();
        }
        if (!changed.isEmpty()) {
            audit.record(AuditAction.ACCOUNT_UPDATED, account.email(), "changed=" + String.join(",", changed));
        }
        if (!roles.equals(before)) {
            audit.record(
                    AuditAction.ROLES_CHANGED, account.email(), "before=" + names(before) + "; after=" + names(roles));
        }
        if (account.enabled() != wasEnabled) {
            audit.record(
                    account.enabled() ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                    account.email(),
                    null);
        }
        return AccountView.of(account);
    }

    /** Closes an account: it can no longer sign in or use its API tokens. */
    @Transactional
    public AccountView disable(long id) {
        accounts.lockEnabledAdministrators();
        Account account = account(id);
        if (account.enabled()) {
            account.disable(actingAccountId());
            if (account.roles().contains(Role.ADMINISTRATOR)) {
                keepAnAdministrator();
            }
            audit.record(AuditAction.ACCOUNT_DISABLED, account.email(), null);
        }
        return AccountView.of(account);
    }

    @Transactional
    public AccountView enable(long id) {
        Account account = account(id);
        if (!account.enabled()) {
            account.enable();
            audit.record(AuditAction.ACCOUNT_ENABLED, account.email(), null);
        }
        return AccountView.of(account);
    }

    /** Mails the account a new link to choose its password, e.g. when the first one expired. */
    @Transactional
    public void sendSetPasswordLink(long id, Locale locale) {
        Account account = account(id);
        if (!account.enabled()) {
            throw ProblemException.conflict("administration.link.disabled");
        }
        resets.sendSetPasswordLink(account.id(), locale);
        audit.record(AuditAction.PASSWORD_RESET_REQUESTED, account.email(), "link sent by an administrator");
    }

    /** After a change, the platform must still have an enabled administrator. */
    private void keepAnAdministrator() {
        accounts.flush();
        if (search.countEnabledAdministrators() < 1) {
            throw ProblemException.conflict("administration.lastAdministrator");
        }
    }

    private Account account(long id) {
        return accounts.findById(id).orElseThrow(ProblemException::notFound);
    }

    private static long actingAccountId() {
        return CurrentUser.get().map(CurrentUser::accountId).orElse(-1L);
    }

    private void checkOrganisation(@Nullable Long organisationId, List<FieldProblem> problems) {
        if (organisationId != null && organisations.find(organisationId).isEmpty()) {
            problems.add(new FieldProblem("organisationId", "administration.organisation.unknown"));
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
