package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.DiscussionFixtures.as;
import static org.vtprotect.network.DiscussionFixtures.body;
import static org.vtprotect.network.DiscussionFixtures.id;
import static org.vtprotect.network.DiscussionFixtures.officer;
import static org.vtprotect.network.DiscussionFixtures.reason;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.support.IntegrationTest;

/**
 * The discussions as members and officers use them, over the API and the pages: threads and replies,
 * search and paging, limits, hostile text kept as typed and shown inert, locking (409), hiding with a
 * reason staff see and members do not, editing and deleting one's own post, following.
 */
@IntegrationTest
class DiscussionIntegrationTests {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationCheck check;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertMemberRepository members;

    ExpertMember amina;
    ExpertMember omar;
    RequestPostProcessor officer = officer(uniqueEmail("officer"));

    @BeforeEach
    void twoMembers() {
        var fixtures = new DiscussionFixtures(check, applications, members);
        amina = fixtures.member(uniqueEmail("amina"), "en");
        omar = fixtures.member(uniqueEmail("omar"), "fr");
    }

    long start(ExpertMember by, String title, String text) throws Exception {
        String json = mvc.perform(post("/api/v1/network/discussions")
                        .with(as(by))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DiscussionFixtures.thread("EXERCISES", title, text)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.thread.title").value(title))
                .andExpect(jsonPath("$.following").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return id(json, "$.thread.id");
    }

    long reply(ExpertMember by, long thread, String text) throws Exception {
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

    Document page(String path, RequestPostProcessor as) throws Exception {
        return Jsoup.parse(
                mvc.perform(get(path).with(as)).andReturn().getResponse().getContentAsString());
    }

    @Test
    void membersOpenThreadsReplyAndFindThemByThemeAndText() throws Exception {
        String word = "zebra" + uniqueEmail("w").substring(0, 12).replaceAll("[^a-z0-9]", "");
        long thread = start(amina, "Evacuation drills", "How long are your drills? " + word);
        reply(omar, thread, "Ours last two hours.");

        mvc.perform(get("/api/v1/network/discussions").param("q", word).with(as(omar)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(thread))
                .andExpect(jsonPath("$.items[0].postCount").value(2))
                .andExpect(jsonPath("$.items[0].authorName").value("Amina Diallo"));
        mvc.perform(get("/api/v1/network/discussions")
                        .param("q", word)
                        .param("theme", "HUMAN_RIGHTS")
                        .with(as(omar)))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(omar)))
                .andExpect(jsonPath("$.posts.length()").value(2))
                .andExpect(jsonPath("$.posts[1].body").value("Ours last two hours."))
                .andExpect(jsonPath("$.posts[1].mine").value(true))
                .andExpect(jsonPath("$.following").value(true));

        Document list = page("/network/discussions?theme=EXERCISES&q=" + word, as(amina));
        assertThat(list.select("h1")).hasSize(1);
        assertThat(list.select("a[href=/network/discussions/" + thread + "]").text())
                .isEqualTo("Evacuation drills");
        assertThat(list.text()).contains("1–1 of 1");
        assertThat(list.select("a[href^='/network/discussions?theme=EXERCISES'][aria-current=page]"))
                .hasSize(1);
        String fragment = mvc.perform(get("/network/discussions")
                        .param("q", word)
                        .header("HX-Request", "true")
                        .with(as(amina)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("Evacuation drills").doesNotContain("<h1");
    }

    @Test
    void badInputIsRefusedFieldByField() throws Exception {
        mvc.perform(post("/api/v1/network/discussions")
                        .with(as(amina))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DiscussionFixtures.thread("NOT_A_THEME", " ", "x".repeat(10_001))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field=='theme')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='body')].message")
                        .value("The message may have at most 10,000 characters."));
        mvc.perform(get("/api/v1/network/discussions").param("size", "201").with(as(amina)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/network/discussions").param("page", "-1").with(as(amina)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/network/discussions/987654321").with(as(amina)))
                .andExpect(status().isNotFound());

        Document form = Jsoup.parse(mvc.perform(post("/network/discussions/new")
                        .with(as(amina))
                        .with(csrf())
                        .param("theme", "")
                        .param("title", "Kept title <b>")
                        .param("body", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#error-summary a[href=#theme]")).hasSize(1);
        assertThat(form.select("#error-summary a[href=#body]")).hasSize(1);
        assertThat(form.select("#title").val()).isEqualTo("Kept title <b>");
        assertThat(form.select("#body.is-invalid").attr("aria-describedby")).contains("body-error");
    }

    @Test
    void hostileTextIsStoredAsTypedAndShownInert() throws Exception {
        String hostile = "<script>alert('x')</script>\n<img src=x onerror=alert(1)>\n"
                + "<a href=\"https://evil.example/\">click</a> https://evil.example/\n'; DROP TABLE discussion_post; --";
        long thread = start(amina, "<script>alert('title')</script>", hostile);
        mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(omar)))
                .andExpect(jsonPath("$.posts[0].body").value(hostile))
                .andExpect(jsonPath("$.thread.title").value("<script>alert('title')</script>"));
        Document page = page("/network/discussions/" + thread, as(omar));
        assertThat(page.select("script:containsData(alert)")).isEmpty();
        assertThat(page.select("main img")).isEmpty();
        assertThat(page.select("main a[href^=https://evil]")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("<script>alert('title')</script>");
        assertThat(page.select("#post-"
                        + id(
                                mvc.perform(get("/api/v1/network/discussions/" + thread)
                                                .with(as(omar)))
                                        .andReturn()
                                        .getResponse()
                                        .getContentAsString(),
                                "$.posts[0].id")
                        + " p"))
                .extracting(e -> e.text())
                .contains("<img src=x onerror=alert(1)>", "'; DROP TABLE discussion_post; --");
    }

    @Test
    void aLockedThreadTakesNoMoreRepliesAndStaffSeeWhy() throws Exception {
        long thread = start(amina, "To be locked", "Opening");
        mvc.perform(post("/api/v1/network/discussions/" + thread + "/lock")
                        .with(officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reason("")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/network/discussions/" + thread + "/lock")
                        .with(officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reason("Off-topic quarrel 4417")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.lockedBy.reason").value("Off-topic quarrel 4417"));

        mvc.perform(post("/api/v1/network/discussions/" + thread + "/posts")
                        .with(as(omar))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Too late?")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        Document refused = Jsoup.parse(mvc.perform(post("/network/discussions/" + thread + "/posts")
                        .with(as(omar))
                        .with(csrf())
                        .param("body", "Too late?"))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#error-summary").text()).contains("This thread is locked");
        assertThat(refused.select("form[action$=/posts]")).isEmpty();

        assertThat(page("/network/discussions/" + thread, as(omar)).text())
                .contains("This thread is locked")
                .doesNotContain("Off-topic quarrel 4417");
        assertThat(page("/network/discussions/" + thread, officer).text()).contains("Off-topic quarrel 4417");
        mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(omar)))
                .andExpect(jsonPath("$.thread.locked").value(true))
                .andExpect(jsonPath("$.thread.lockedBy").doesNotExist());

        mvc.perform(post("/network/discussions/" + thread + "/unlock")
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        reply(omar, thread, "Open again");
    }

    @Test
    void aHiddenPostShowsAPlaceholderToMembersAndTheReasonToStaff() throws Exception {
        long thread = start(amina, "Hiding", "Fine opening");
        long rude = reply(omar, thread, "Rude words 8812");
        mvc.perform(post("/api/v1/network/discussions/" + thread + "/posts/" + rude + "/hide")
                        .with(officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reason("Insulting 5523")))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(amina)))
                .andExpect(jsonPath("$.posts[1].hidden").value(true))
                .andExpect(jsonPath("$.posts[1].body").doesNotExist())
                .andExpect(jsonPath("$.posts[1].moderation").doesNotExist());
        Document member = page("/network/discussions/" + thread, as(amina));
        assertThat(member.select("#post-" + rude).text())
                .contains("Hidden by a moderator.")
                .doesNotContain("Rude words 8812")
                .doesNotContain("Insulting 5523");
        Document staff = page("/network/discussions/" + thread, officer);
        assertThat(staff.select("#post-" + rude).text()).contains("Rude words 8812", "Insulting 5523");
        mvc.perform(get("/api/v1/network/discussions/" + thread).with(officer))
                .andExpect(jsonPath("$.posts[1].moderation.reason").value("Insulting 5523"));

        mvc.perform(post("/network/discussions/" + thread + "/posts/" + rude + "/unhide")
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/network/discussions/" + thread, as(amina)).text()).contains("Rude words 8812");
    }

    @Test
    void aHiddenThreadIsReplacedForMembers() throws Exception {
        long thread = start(amina, "Thread to hide 6631", "Body to hide 6632");
        Document refused = Jsoup.parse(mvc.perform(post("/network/discussions/" + thread + "/hide")
                        .with(officer)
                        .with(csrf())
                        .param("reason", " "))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#error-summary").text()).contains("Give a reason.");
        mvc.perform(post("/network/discussions/" + thread + "/hide")
                        .with(officer)
                        .with(csrf())
                        .param("reason", "Shares a private address"))
                .andExpect(status().is3xxRedirection());
        Document member = page("/network/discussions/" + thread, as(omar));
        assertThat(member.select("h1").text()).isEqualTo("Thread hidden by a moderator");
        assertThat(member.text()).doesNotContain("Thread to hide 6631", "Body to hide 6632", "private address");
        assertThat(page("/network/discussions?q=6631", as(omar)).text()).doesNotContain("Thread to hide 6631");
        assertThat(page("/network/discussions/" + thread, officer).text())
                .contains("Thread to hide 6631", "Shares a private address");
    }

    @Test
    void authorsEditForAWhileAndDeleteTheirOwnPostsOnly() throws Exception {
        long thread = start(amina, "Editing", "First wording");
        long post = id(
                mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(amina)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.posts[0].id");
        String edit = "/network/discussions/" + thread + "/posts/" + post + "/edit";
        assertThat(page(edit, as(amina)).select("#body").text()).isEqualTo("First wording");
        mvc.perform(post(edit).with(as(amina)).with(csrf()).param("body", "Second wording"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(edit).with(as(omar)).with(csrf()).param("body", "Hijack"))
                .andExpect(status().isForbidden());
        mvc.perform(post(edit).with(as(amina)).with(csrf()).param("body", "")).andExpect(status().isBadRequest());
        Document thread1 = page("/network/discussions/" + thread, as(omar));
        assertThat(thread1.select("#post-" + post).text()).contains("Second wording", "edited");

        mvc.perform(post("/network/discussions/" + thread + "/posts/" + post + "/delete")
                        .with(as(omar))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/network/discussions/" + thread + "/posts/" + post + "/delete")
                        .with(as(amina))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/network/discussions/" + thread, as(omar))
                        .select("#post-" + post)
                        .text())
                .contains("Deleted by its author.")
                .doesNotContain("Second wording");
    }

    @Test
    void membersFollowAndUnfollow() throws Exception {
        long thread = start(amina, "Following", "Opening");
        mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(omar)))
                .andExpect(jsonPath("$.following").value(false));
        mvc.perform(put("/api/v1/network/discussions/" + thread + "/follow").with(as(omar)))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/network/discussions/" + thread + "/follow").with(as(omar)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(omar)))
                .andExpect(jsonPath("$.following").value(true));
        mvc.perform(post("/network/discussions/" + thread + "/follow")
                        .with(as(omar))
                        .with(csrf())
                        .param("follow", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(omar)))
                .andExpect(jsonPath("$.following").value(false));
        mvc.perform(put("/api/v1/network/discussions/987654321/follow").with(as(omar)))
                .andExpect(status().isNotFound());
    }
}
