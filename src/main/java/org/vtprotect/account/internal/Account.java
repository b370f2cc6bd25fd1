package org.vtprotect.account.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;

/** A person's login: e-mail address, password hash, roles, organisation, second factor. */
@Entity
// Only changed columns are written, so an edit of the account cannot put back a used-up TOTP step.
@DynamicUpdate
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;
    private String displayName;
    private String passwordHash;
    private boolean enabled;
    private @Nullable Long organisationId;
    private @Nullable String preferredLanguage;
    private @Nullable String totpSecret;
    private boolean totpEnabled;
    /** The last TOTP time step a code was accepted for: no code of that step or an earlier one works again. */
    private @Nullable Long totpLastStep;

    private Instant passwordChangedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.passwordChangedAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public Account(
            String email, String displayName, String passwordHash, Set<Role> roles, @Nullable Long organisationId) {
        Instant now = Instant.now();
        this.email = normalise(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.roles = atLeastOne(roles);
        this.organisationId = organisationId;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** E-mail addresses are compared trimmed and lower-cased. */
    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
        touch();
    }

    public void rename(String displayName) {
        this.displayName = displayName.strip();
        touch();
    }

    public void moveTo(@Nullable Long organisationId) {
        this.organisationId = organisationId;
        touch();
    }

    /**
     * Replaces the roles: an account keeps at least one, and an administrator cannot take their
     * own {@code ADMINISTRATOR} role away, so that whoever manages accounts is never locked out.
     */
    public void assignRoles(Set<Role> newRoles, long actingAccountId) {
        EnumSet<Role> granted = atLeastOne(newRoles);
        if (isSelf(actingAccountId) && roles.contains(Role.ADMINISTRATOR) && !granted.contains(Role.ADMINISTRATOR)) {
            throw ProblemException.invalid("roles", "administration.roles.keepOwnAdministrator");
        }
        this.roles = granted;
        touch();
    }

    /** Closes the account: no sign-in, no API token. Nobody can disable their own account. */
    public void disable(long actingAccountId) {
        if (isSelf(actingAccountId)) {
            throw ProblemException.conflict("administration.disable.self");
        }
        this.enabled = false;
        touch();
    }

    /**
     * Takes one role away, even the last: a member who leaves the network keeps a sign-in without
     * role, enough to download or erase what the network still holds about them.
     */
    public void withdrawRole(Role role) {
        EnumSet<Role> remaining = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        remaining.remove(role);
        this.roles = remaining;
        touch();
    }

    /**
     * Erases the person from the account for good: the address becomes {@code pseudonym}, the name
     * {@code placeholder}; no role, no second factor, no organisation, disabled, and a new unknown
     * password, so that every session signed in before ends.
     */
    public void erase(String pseudonym, String placeholder, String unknownPasswordHash) {
        this.email = pseudonym;
        this.displayName = placeholder;
        this.passwordHash = unknownPasswordHash;
        this.passwordChangedAt = Instant.now();
        this.enabled = false;
        this.organisationId = null;
        this.preferredLanguage = null;
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
        this.roles = EnumSet.noneOf(Role.class);
        touch();
    }

    public void enable() {
        this.enabled = true;
        touch();
    }

    private boolean isSelf(long accountId) {
        return id != null && id == accountId;
    }

    private static EnumSet<Role> atLeastOne(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw ProblemException.invalid("roles", "administration.roles.required");
        }
        return EnumSet.copyOf(roles);
    }

    /** Starts enrolment: the secret is kept but not required until a first code confirms it. */
    public void startTotpEnrolment(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = false;
        this.totpLastStep = null;
        touch();
    }

    /** Confirms enrolment with the code of {@code step}, which is thereby used up. */
    public void confirmTotp(long step) {
        if (totpSecret == null) {
            throw new IllegalStateException("no enrolment started");
        }
        this.totpEnabled = true;
        this.totpLastStep = step;
        touch();
    }

    public void removeTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
        touch();
    }

    public void preferLanguage(@Nullable String language) {
        this.preferredLanguage = language;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public boolean mayUseSecondFactor() {
        return roles.stream().anyMatch(Role::needsSecondFactor);
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public @Nullable String preferredLanguage() {
        return preferredLanguage;
    }

    public @Nullable String totpSecret() {
        return totpSecret;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** When the password last changed: sessions signed in before that are no longer valid. */
    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
