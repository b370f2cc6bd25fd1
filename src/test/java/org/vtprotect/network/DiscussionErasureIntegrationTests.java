package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.DiscussionFixtures.as;
import static org.vtprotect.network.DiscussionFixtures.body;
import static org.vtprotect.network.DiscussionFixtures.id;
import static org.vtprotect.network.DiscussionFixtures.officer;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.network.internal.MemberData;
import org.vtprotect.support.IntegrationTest;

/**
 * The discussions' share of a member's data: exported, then erased. The posts stay (others replied
 * to them) as a former member's, with no name or address left in the tables; follows and the
 * notification choice are gone.
 */
@IntegrationTest
class DiscussionErasureIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationCheck check;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertMemberRepository members;

    @Autowired
    List<MemberData> parts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anErasedMembersPostsStayAsAFormerMembersWithNothingThatNamesThem() throws Exception {
        var fixtures = new DiscussionFixtures(check, applications, members);
        ExpertMember leaving = fixtures.member(uniqueEmail("erased"), "en");
        ExpertMember staying = fixtures.member(uniqueEmail("staying"), "en");
        String email = leaving.email();
        long thread = id(
                mvc.perform(post("/api/v1/network/discussions")
                                .with(as(leaving))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(DiscussionFixtures.thread("TECHNOLOGY", "Erasure thread", "My opening")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.thread.id");
        mvc.perform(post("/api/v1/network/discussions/" + thread + "/posts")
                        .with(as(staying))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("A reply")))
                .andExpect(status().isCreated());
        mvc.perform(post("/network/discussions/settings")
                        .with(as(leaving))
                        .with(csrf())
                        .param("notification", "DAILY_DIGEST"))
                .andExpect(status().is3xxRedirection());

        MemberData discussions = parts.stream()
                .filter(p -> p.part().equals("discussions"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> export = (Map<String, Object>) transactions.execute(
                tx -> discussions.export(members.findById(leaving.id()).orElseThrow()));
        assertThat(export.get("posts").toString()).contains("My opening");
        assertThat(export.get("following").toString()).contains(String.valueOf(thread));
        assertThat(export.get("notification").toString()).contains("DAILY_DIGEST");

        transactions.executeWithoutResult(tx -> {
            ExpertMember member = members.findById(leaving.id()).orElseThrow();
            discussions.erase(member);
            member.erase(Instant.now());
        });

        String[] tables = {"discussion_thread", "discussion_post"};
        for (String table : tables) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where author_email = ?", Long.class, email))
                    .as("%s rows with the address", table)
                    .isZero();
        }
        assertThat(jdbc.queryForList(
                        "select author_name, author_email from discussion_post where thread_id = ? order by id",
                        thread))
                .hasSize(2)
                .first()
                .satisfies(row -> {
                    assertThat(row.get("author_name")).isNull();
                    assertThat(row.get("author_email")).isNull();
                });
        assertThat(jdbc.queryForObject("select author_name from discussion_thread where id = ?", String.class, thread))
                .isNull();
        assertThat(jdbc.queryForObject("select count(*) from discussion_follow where email = ?", Long.class, email))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from discussion_preference where email = ?", Long.class, email))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from discussion_follow where thread_id = ?", Long.class, thread))
                .as("the other member still follows")
                .isEqualTo(1);

        mvc.perform(get("/api/v1/network/discussions/" + thread).with(as(staying)))
                .andExpect(jsonPath("$.thread.formerMember").value(true))
                .andExpect(jsonPath("$.posts[0].formerMember").value(true))
                .andExpect(jsonPath("$.posts[0].authorName").doesNotExist())
                .andExpect(jsonPath("$.posts[0].body").value("My opening"));
        var page = Jsoup.parse(mvc.perform(get("/network/discussions/" + thread).with(officer(uniqueEmail("o"))))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("li[id^=post-]").first().text())
                .contains("Former member")
                .doesNotContain(email);
    }
}
