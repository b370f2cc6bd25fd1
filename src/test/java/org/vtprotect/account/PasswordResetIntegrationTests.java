package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.support.TestMail.text;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestMail;

/** "Forgot your password?" end to end, with the mail going through a real SMTP server (GreenMail). */
@IntegrationTest
class PasswordResetIntegrationTests {

    @RegisterExtension
    static final TestMail mail = TestMail.perClass();

    static final Pattern LINK = Pattern.compile("(https?://\\S+/password/reset\\?token=[A-Za-z0-9_-]+&lang=[a-z]{2})");
    static final String NEW_PASSWORD = "a brand new passphrase";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        mail.smtp(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    AccountFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new AccountFixtures(accounts, encoder);
        mail.purgeEmailFromAllMailboxes();
    }

    @Test
    void aLinkByMailSetsANewPasswordOnce() throws Exception {
        Account account = fixtures.create(Role.FOCAL_POINT);
        account.preferLanguage("fr");
        accounts.save(account);

        mvc.perform(post("/password/forgot")
                        .with(csrf())
                        .param("email", "  " + account.email().toUpperCase() + " "))
                .andExpect(redirectedUrl("/password/forgot"))
                .andExpect(flash().attribute("sent", true));

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo(account.email());
        assertThat(message.getSubject()).isEqualTo("VT Protect : réinitialisez votre mot de passe");
        var matcher = LINK.matcher(text(message));
        assertThat(matcher.find()).as("the mail holds a reset link").isTrue();
        String link = matcher.group(1);
        assertThat(link)
                .startsWith("http://localhost:8080/password/reset?token=")
                .endsWith("&lang=fr");
        String path = link.substring("http://localhost:8080".length());
        String token = path.replaceAll(".*token=([^&]+).*", "$1");

        Document form = page(get(path), 200);
        assertThat(form.select("html").attr("lang")).isEqualTo("fr");
        assertThat(form.select("input[name=token]").val()).isEqualTo(token);

        Document mismatch = page(reset(token, NEW_PASSWORD, NEW_PASSWORD + "?"), 400);
        assertThat(mismatch.select("#confirmation-error").text()).isEqualTo("The two passwords are not the same.");
        Document tooShort = page(reset(token, "short", "short"), 400);
        assertThat(tooShort.select("#password-error").text()).isEqualTo("Use at least 12 characters.");
        assertThat(tooShort.select("input[name=token]").val()).isEqualTo(token);

        mvc.perform(reset(token, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/login?reset"));
        mvc.perform(get("/login?reset")).andExpect(status().isOk());
        mvc.perform(signIn(account.email(), AccountFixtures.PASSWORD)).andExpect(unauthenticated());
        mvc.perform(signIn(account.email(), NEW_PASSWORD)).andExpect(authenticated());

        Document used = page(get(path), 410);
        assertThat(used.select(".alert-warning").text()).startsWith("Ce lien a expiré ou a déjà été utilisé.");
        assertThat(used.select("a[href=/password/forgot]")).hasSize(1);
        assertThat(used.select("input[type=password]")).isEmpty();
        page(reset(token, "yet another passphrase", "yet another passphrase"), 410);
        mvc.perform(signIn(account.email(), NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        Account account = fixtures.create(Role.EXPERT);
        var known = mvc.perform(post("/password/forgot").with(csrf()).param("email", account.email()))
                .andReturn();
        var unknown = mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody-here@example.org"))
                .andReturn();

        assertThat(unknown.getResponse().getStatus())
                .isEqualTo(known.getResponse().getStatus());
        assertThat(unknown.getResponse().getRedirectedUrl())
                .isEqualTo(known.getResponse().getRedirectedUrl());
        assertThat((Object) unknown.getFlashMap()).isEqualTo(known.getFlashMap());

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(1_000);
        assertThat(mail.getReceivedMessages())
                .extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly(account.email());
    }

    @Test
    void theConfirmationPageSaysNothingAboutTheAccount() throws Exception {
        Document form = page(get("/password/forgot"), 200);
        assertThat(form.select("form[action=/password/forgot] #email")).hasSize(1);
        var sent = mvc.perform(get("/password/forgot").flashAttr("sent", true))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(sent).select("[role=status]").text())
                .isEqualTo("If an account uses this address, we have sent it a link to choose a new password.");
        assertThat(Jsoup.parse(sent).select("form[action=/password/forgot]")).isEmpty();
    }

    @Test
    void oneAddressGetsOnlyAFewMailsAndCanStillSignIn() throws Exception {
        Account account = fixtures.create(Role.EXPERT);
        for (int i = 0; i < 13; i++) {
            mvc.perform(post("/password/forgot").with(csrf()).param("email", account.email()))
                    .andExpect(redirectedUrl("/password/forgot"));
        }
        mail.waitForIncomingEmail(10_000, 10);
        Thread.sleep(1_000);
        assertThat(mail.getReceivedMessages()).hasSize(10);
        mvc.perform(signIn(account.email(), AccountFixtures.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aMissingOrMalformedAddressIsRefusedBesideTheField() throws Exception {
        for (String email : new String[] {"", "not-an-address", "a@b@c", "x".repeat(400) + "@example.org"}) {
            Document page = page(post("/password/forgot").with(csrf()).param("email", email), 400);
            assertThat(page.select("#email.is-invalid")).hasSize(1);
            assertThat(page.select("#email-error").text()).isNotBlank();
            assertThat(page.select("#email").val()).isEqualTo(email);
        }
        Thread.sleep(500);
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnknownOrMissingTokenSaysSoAndOffersANewLink() throws Exception {
        for (var request : new MockHttpServletRequestBuilder[] {
            get("/password/reset"),
            get("/password/reset").param("token", "made-up"),
            get("/password/reset").param("token", "' or 1=1 --"),
            reset("made-up", NEW_PASSWORD, NEW_PASSWORD)
        }) {
            Document page = page(request, 410);
            assertThat(page.select(".alert-warning").text())
                    .startsWith("This link has expired or has already been used.");
            assertThat(page.select("a[href=/password/forgot]")).hasSize(1);
        }
    }

    private MockHttpServletRequestBuilder reset(String token, String password, String confirmation) {
        return post("/password/reset")
                .with(csrf())
                .param("token", token)
                .param("password", password)
                .param("confirmation", confirmation);
    }

    private static RequestBuilder signIn(String email, String password) {
        return SecurityMockMvcRequestBuilders.formLogin("/login")
                .userParameter("email")
                .user(email)
                .password(password);
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
