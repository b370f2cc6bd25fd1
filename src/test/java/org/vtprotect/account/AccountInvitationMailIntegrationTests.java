package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.account.AdministrationFixtures.asAdmin;
import static org.vtprotect.account.AdministrationFixtures.newAccountJson;
import static org.vtprotect.account.AdministrationFixtures.uniqueEmail;
import static org.vtprotect.support.TestMail.text;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.account.security.PasswordResets;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestMail;

/**
 * An account opened without a password gets a real mail with a link to choose one. The context
 * with its SMTP settings is closed after the class, while the embedded database still runs.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AccountInvitationMailIntegrationTests {

    @RegisterExtension
    static final TestMail MAIL = TestMail.perMethod();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.smtp(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordResets resets;

    @Test
    void accountWithoutPasswordReceivesASetPasswordLinkThatWorks() throws Exception {
        String email = uniqueEmail("invited");
        mvc.perform(post("/api/v1/users")
                        .header("Accept-Language", "fr")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccountJson(email, "Invitée", null, null, Role.EXPERT)))
                .andExpect(status().isCreated());

        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getSubject()).contains("votre compte");
        String body = text(mail);
        assertThat(body).contains("Invitée").contains("/password/reset?token=").contains("lang=fr");

        String token = body.replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        assertThat(resets.isUsable(token)).isTrue();
    }

    @Test
    void administratorCanSendANewLinkFromTheAccountPage() throws Exception {
        String email = uniqueEmail("relinked");
        long id =
                AdministrationFixtures.create(mvc, accounts, email, "Relinked", "a-long-enough-password", Role.PARTNER);
        assertThat(MAIL.getReceivedMessages()).isEmpty();

        mvc.perform(post("/admin/accounts/" + id + "/password-link")
                        .with(asAdmin(accounts))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "administration.notice.linkSent"));

        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(MAIL.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo(email);
        assertThat(text(MAIL.getReceivedMessages()[0])).contains("/password/reset?token=");
    }
}
