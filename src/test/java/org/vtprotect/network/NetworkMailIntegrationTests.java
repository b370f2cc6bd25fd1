package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.NetworkFixtures.applicationJson;
import static org.vtprotect.network.NetworkFixtures.fromSomewhere;
import static org.vtprotect.network.NetworkFixtures.idOf;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;
import static org.vtprotect.support.TestMail.text;
import static org.vtprotect.support.TestMail.waitUntil;

import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;
import org.vtprotect.support.TestMail;

/**
 * The applicant's side by real mail (GreenMail): confirm the address, merge a second sending,
 * keep a confirmed application from strangers, get admitted in French, set a password from the
 * account module's mail and sign in as an expert; decline and withdraw mails.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NetworkMailIntegrationTests {

    @RegisterExtension
    static final TestMail MAIL = TestMail.perMethod();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.smtp(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertVetting vetting;

    @Autowired
    AccountRepository accounts;

    private long apply(String email, String biography, String language) throws Exception {
        return idOf(mvc.perform(post("/api/v1/network/applications")
                        .with(fromSomewhere())
                        .header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(applicationJson(email, biography)))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static String token(MimeMessage mail, String path) throws Exception {
        return text(mail).replaceAll("(?s).*" + path + "\\?token=([A-Za-z0-9_-]+).*", "$1");
    }

    private void confirm(String token) throws Exception {
        mvc.perform(post("/network/applications/confirm").param("token", token).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/network/applications/confirmed"));
    }

    @Test
    void applyConfirmGetAdmittedSetAPasswordAndSignInAsAnExpert() throws Exception {
        String email = uniqueEmail("journey");
        long id = apply(email, "First version", "fr");
        long merged = apply(email, "Second version", "fr");
        assertThat(merged).isEqualTo(id);

        List<MimeMessage> mails = MAIL.to(email, 2);
        assertThat(mails.get(0).getSubject()).isEqualTo("Confirmez votre candidature au Réseau mondial d’experts");
        String first = token(mails.get(0), "/network/applications/confirm");
        String second = token(mails.get(1), "/network/applications/confirm");
        assertThat(text(mails.get(1))).contains("Bonjour Amina").contains("lang=fr");

        assertThat(mvc.perform(get("/network/applications/confirm").param("token", first))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("role=\"alert\"");
        assertThat(mvc.perform(get("/network/applications/confirm").param("token", second))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(email)
                .doesNotContain("role=\"alert\"");
        confirm(second);
        assertThat(vetting.get(id).state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(vetting.get(id).content().biography()).isEqualTo("Second version");
        MimeMessage received = MAIL.to(email, 3).get(2);
        assertThat(text(received)).contains("/network/applications/withdraw?token=");

        // a stranger sending for the same address cannot change the confirmed application; the mail
        // goes to the address in the language of the application it would change
        assertThat(apply(email, "Stranger's version", "en")).isEqualTo(id);
        MimeMessage change = MAIL.to(email, 4).get(3);
        assertThat(change.getSubject())
                .isEqualTo("Confirmez les modifications de votre candidature au Réseau mondial d’experts");
        assertThat(vetting.get(id).content().biography()).isEqualTo("Second version");
        assertThat(vetting.get(id).changeAwaitingConfirmation()).isTrue();

        mvc.perform(post("/manage/network/applications/" + id + "/notes")
                        .param("note", "Internal: referee two vouched on the phone")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/network/applications/" + id + "/decision")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"ADMITTED\",\"reason\":\"Strong field experience.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ADMITTED"));

        mails = MAIL.to(email, 6);
        MimeMessage admitted = mails.stream()
                .filter(m -> subject(m).startsWith("Bienvenue"))
                .findFirst()
                .orElseThrow();
        assertThat(text(admitted)).contains("Strong field experience.").doesNotContain("Internal: referee two");
        MimeMessage invitation = mails.stream()
                .filter(m -> subject(m).contains("votre compte"))
                .findFirst()
                .orElseThrow();
        assertThat(text(invitation)).contains("Amina Diallo").contains("lang=fr");
        String setPassword = token(invitation, "/password/reset");

        waitUntil(() -> accounts.findByEmail(email).isPresent()); // the mail may arrive before the commit
        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.EXPERT);
        assertThat(account.preferredLanguage()).isEqualTo("fr");

        mvc.perform(post("/password/reset")
                        .param("token", setPassword)
                        .param("password", "expert-password-123")
                        .param("confirmation", "expert-password-123")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"expert-password-123\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/login")
                        .param("email", email)
                        .param("password", "expert-password-123")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
    }

    @Test
    void anExistingAccountGainsTheExpertRoleWithoutANewPassword() throws Exception {
        String email = uniqueEmail("existing");
        accounts.saveAndFlush(new Account(email, "Existing Partner", "{noop}x", EnumSet.of(Role.PARTNER), null));
        long id = apply(email, "I am already a partner", "en");
        confirm(token(MAIL.to(email, 1).get(0), "/network/applications/confirm"));
        mvc.perform(post("/api/v1/network/applications/" + id + "/decision")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"ADMITTED\"}"))
                .andExpect(status().isOk());
        waitUntil(() -> accounts.findByEmail(email).orElseThrow().roles().contains(Role.EXPERT));
        assertThat(accounts.findByEmail(email).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.PARTNER, Role.EXPERT);
        assertThat(MAIL.to(email).stream().map(NetworkMailIntegrationTests::subject))
                .noneMatch(s -> s.contains("account is ready"));
    }

    @Test
    void aDeclineIsMailedWithItsReasonAndAWithdrawalEndsTheApplication() throws Exception {
        String declined = uniqueEmail("declined");
        long id = apply(declined, "Not yet", "es");
        confirm(token(MAIL.to(declined, 1).get(0), "/network/applications/confirm"));
        mvc.perform(post("/manage/network/applications/" + id + "/decision")
                        .param("decision", "DECLINED")
                        .param("reason", "Vuelva a solicitar con más experiencia.")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        MimeMessage decision = MAIL.to(declined, 3).get(2);
        assertThat(decision.getSubject()).isEqualTo("Su solicitud " + id + " a la Red Mundial de Expertos");
        assertThat(text(decision)).contains("Vuelva a solicitar con más experiencia.");

        String leaving = uniqueEmail("leaving");
        long other = apply(leaving, "Changed my mind", "en");
        confirm(token(MAIL.to(leaving, 1).get(0), "/network/applications/confirm"));
        String withdrawal = token(MAIL.to(leaving, 2).get(1), "/network/applications/withdraw");
        mvc.perform(post("/network/applications/withdraw")
                        .param("token", withdrawal)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/network/applications/withdrawn"));
        assertThat(vetting.get(other).state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(MAIL.to(leaving, 3).get(2).getSubject()).isEqualTo("Your application " + other + " is withdrawn");
        mvc.perform(post("/api/v1/network/applications/" + other + "/decision")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"ADMITTED\"}"))
                .andExpect(status().isConflict());
        // the address may apply again: a new application, not the withdrawn one
        assertThat(apply(leaving, "Changed my mind again", "en")).isNotEqualTo(other);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
