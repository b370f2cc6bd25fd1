package org.vtprotect.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.security.PasswordCheck;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;

/** The demo accounts of {@code vtp.demo=true}: five roles, opened once, passwords printed once. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsIntegrationTests {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditTrail audit;

    @Autowired
    PasswordCheck passwords;

    @Test
    void opensOneAccountPerRoleOnceAndPrintsWorkingPasswordsOnce(CapturedOutput output) {
        long unicri = organisations
                .findOrCreate(
                        "United Nations Interregional Crime and Justice Research Institute",
                        "UNICRI",
                        "UN_ENTITY",
                        null)
                .id();
        DemoAccounts demo = new DemoAccounts(accounts, encoder, organisations, audit);
        long before = accounts.count();

        demo.run(new DefaultApplicationArguments());

        assertThat(accounts.count()).isEqualTo(before + 5);
        List<Account> opened = accounts.findAll().stream()
                .filter(a -> a.email().endsWith(DemoAccounts.DOMAIN))
                .toList();
        assertThat(opened)
                .flatExtracting(Account::roles)
                .containsExactlyInAnyOrder(
                        Role.PROGRAMME_OFFICER, Role.PARTNER, Role.EXPERT, Role.FOCAL_POINT, Role.SITE_OPERATOR);
        assertThat(opened).allMatch(a -> a.displayName().startsWith("Demo "));
        assertThat(opened).allMatch(Account::enabled);
        Account partner = accounts.findByEmail("partner" + DemoAccounts.DOMAIN).orElseThrow();
        assertThat(partner.organisationId()).isEqualTo(unicri);
        Account focalPoint =
                accounts.findByEmail("focal-point" + DemoAccounts.DOMAIN).orElseThrow();
        assertThat(organisations.find(focalPoint.organisationId()).orElseThrow().name())
                .isEqualTo("Government of Tunisia");

        String printed = output.getOut();
        Matcher line = Pattern.compile("(officer" + Pattern.quote(DemoAccounts.DOMAIN) + ")\\s+(\\S{20})")
                .matcher(printed);
        assertThat(line.find()).isTrue();
        String password = line.group(2);
        assertThat(passwords.verify(line.group(1), password, "127.0.0.1").roles())
                .containsExactly(Role.PROGRAMME_OFFICER);

        int length = output.getOut().length();
        demo.run(new DefaultApplicationArguments());

        assertThat(accounts.count()).isEqualTo(before + 5);
        assertThat(output.getOut().substring(length)).doesNotContain(DemoAccounts.DOMAIN);
        assertThat(output.getOut()).containsOnlyOnce(password);
    }
}
