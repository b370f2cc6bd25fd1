package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.DiscussionFixtures.as;
import static org.vtprotect.network.DiscussionFixtures.body;
import static org.vtprotect.network.DiscussionFixtures.id;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;
import static org.vtprotect.support.TestMail.text;
import static org.vtprotect.support.TestMail.waitUntil;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.network.discussion.DiscussionDigest;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestMail;

/**
 * New posts by real mail (GreenMail): at once to followers who chose it, in each one's language, never
 * to the post's author; the daily digest lists each new post once, in the reader's language, and is
 * not sent when there is nothing new; a reader who chose no mail gets none.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DiscussionMailIntegrationTests {

    @RegisterExtension
    static final TestMail MAIL = TestMail.perMethod();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        MAIL.smtp(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationCheck check;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertMemberRepository members;

    @Autowired
    DiscussionDigest digest;

    private long reply(ExpertMember by, long thread, String text) throws Exception {
        return id(
                mvc.perform(post("/api/v1/network/discussions/" + thread + "/posts")
                                .with(as(by))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body(text)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private void follow(ExpertMember who, long thread, String notification) throws Exception {
        mvc.perform(put("/api/v1/network/discussions/" + thread + "/follow").with(as(who)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/network/discussions/settings")
                        .with(as(who))
                        .with(csrf())
                        .param("notification", notification))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void followersHearAtOnceOrInADailyDigestInTheirLanguage() throws Exception {
        var fixtures = new DiscussionFixtures(check, applications, members);
        ExpertMember amina = fixtures.member(uniqueEmail("mail-amina"), "en");
        ExpertMember omar = fixtures.member(uniqueEmail("mail-omar"), "fr");
        ExpertMember layla = fixtures.member(uniqueEmail("mail-layla"), "ar");
        ExpertMember noor = fixtures.member(uniqueEmail("mail-noor"), "en");
        long thread = id(
                mvc.perform(post("/api/v1/network/discussions")
                                .with(as(amina))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(DiscussionFixtures.thread(
                                        "CRISIS_MANAGEMENT", "Crisis hotlines", "Who runs a hotline?")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.thread.id");
        follow(omar, thread, "IMMEDIATE");
        follow(layla, thread, "DAILY_DIGEST");
        follow(noor, thread, "NONE");

        reply(amina, thread, "Reply by Amina <b>one</b>");
        waitUntil(() -> received(omar).size() == 1);
        MimeMessage french = received(omar).get(0);
        assertThat(french.getSubject()).isEqualTo("Nouveau message dans « Crisis hotlines »");
        assertThat(text(french)).contains("Amina Diallo a écrit", "Reply by Amina <b>one</b>", "lang=fr");

        reply(omar, thread, "Reply by Omar");
        waitUntil(() -> received(amina).size() == 1);
        assertThat(received(amina).get(0).getSubject()).isEqualTo("New post in “Crisis hotlines”");
        assertThat(received(omar)).as("not to the author of the post").hasSize(1);
        assertThat(received(layla)).as("digest readers get no immediate mail").isEmpty();
        assertThat(received(noor)).isEmpty();

        digest.sendDigests(Instant.now());
        waitUntil(() -> received(layla).size() == 1);
        MimeMessage arabic = received(layla).get(0);
        assertThat(arabic.getSubject()).isEqualTo("نقاشات الشبكة: 2 مشاركات جديدة");
        assertThat(text(arabic))
                .contains("Reply by Amina <b>one</b>", "Reply by Omar", "Crisis hotlines", "lang=ar")
                .doesNotContain("Who runs a hotline?");

        digest.sendDigests(Instant.now());
        reply(amina, thread, "Third reply");
        waitUntil(() -> received(omar).size() == 2);
        digest.sendDigests(Instant.now());
        waitUntil(() -> received(layla).size() == 2);
        assertThat(text(received(layla).get(1)))
                .contains("Third reply")
                .doesNotContain("Reply by Omar")
                .doesNotContain("Reply by Amina");
        digest.sendDigests(Instant.now());
        Thread.sleep(500);
        assertThat(received(layla)).as("nothing new, no digest").hasSize(2);
        assertThat(received(noor)).as("chose no mail").isEmpty();
    }

    private static List<MimeMessage> received(ExpertMember member) {
        return MAIL.to(member.email());
    }
}
