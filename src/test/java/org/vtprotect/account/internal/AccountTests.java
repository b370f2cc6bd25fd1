package org.vtprotect.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;

/** The rules an account keeps by itself, whoever changes it. */
class AccountTests {

    private static final long SELF = 7L;
    private static final long SOMEONE_ELSE = 8L;

    @Test
    void anAccountAlwaysHasARole() {
        assertThatThrownBy(() -> new Account("a@example.org", "A", "hash", Set.of(), null))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.fieldProblems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("roles")));
        Account account = saved(Role.EXPERT);
        assertThatThrownBy(() -> account.assignRoles(Set.of(), SOMEONE_ELSE)).isInstanceOf(ProblemException.class);
        assertThat(account.roles()).containsExactly(Role.EXPERT);
    }

    @Test
    void anAdministratorKeepsTheirOwnAdministratorRole() {
        Account admin = saved(Role.ADMINISTRATOR, Role.EXPERT);
        assertThatThrownBy(() -> admin.assignRoles(Set.of(Role.EXPERT), SELF))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.fieldProblems().get(0).messageKey())
                                .isEqualTo("administration.roles.keepOwnAdministrator"));
        admin.assignRoles(Set.of(Role.ADMINISTRATOR), SELF);
        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        admin.assignRoles(Set.of(Role.PARTNER), SOMEONE_ELSE);
        assertThat(admin.roles()).containsExactly(Role.PARTNER);
    }

    @Test
    void nobodyDisablesTheirOwnAccount() {
        Account account = saved(Role.ADMINISTRATOR);
        assertThatThrownBy(() -> account.disable(SELF))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("administration.disable.self"));
        assertThat(account.enabled()).isTrue();
        account.disable(SOMEONE_ELSE);
        assertThat(account.enabled()).isFalse();
        account.enable();
        assertThat(account.enabled()).isTrue();
    }

    @Test
    void emailAddressesAreTrimmedAndLowerCased() {
        assertThat(new Account("  Someone@Example.ORG ", " Someone ", "hash", Set.of(Role.EXPERT), null).email())
                .isEqualTo("someone@example.org");
    }

    private static Account saved(Role... roles) {
        Account account = new Account("x@example.org", "X", "hash", EnumSet.copyOf(Set.of(roles)), null);
        ReflectionTestUtils.setField(account, "id", SELF);
        return account;
    }
}
