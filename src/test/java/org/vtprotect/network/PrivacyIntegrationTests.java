package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.account.AccountPrivacy;
import org.vtprotect.network.PrivacyFixtures.Person;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * A member's own data: the export holds everything (and only their own), leaving takes the expert
 * role away but keeps export and erasure open, and erasure leaves no trace of the person in any
 * text column of the database while the membership figures stay the same.
 */
@IntegrationTest
class PrivacyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationCheck check;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertMemberRepository members;

    @Autowired
    ExpertVetting vetting;

    @Autowired
    JdbcTemplate jdbc;

    private record Admitted(Person person, long accountId) {
        RequestPostProcessor as(Role... roles) {
            return SignedIn.as(accountId, person.email(), null, roles);
        }
    }

    private Admitted admit() throws InterruptedException {
        Person person = Person.unique();
        return new Admitted(person, PrivacyFixtures.admitted(check, applications, vetting, jdbc, person));
    }

    @Test
    void theExportHoldsProfileApplicationsWithConsentNotesWithoutAuthorsAndTheAccount() throws Exception {
        Admitted amina = admit();
        Admitted other = admit();
        String json = mvc.perform(get("/api/v1/network/me/export").with(amina.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member.email").value(amina.person().email()))
                .andExpect(jsonPath("$.member.state").value("ACTIVE"))
                .andExpect(jsonPath("$.member.biography", Matchers.containsString("<script>alert(1)</script>")))
                .andExpect(jsonPath("$.member.expertise.targetTypes[0]").value("RELIGIOUS_SITE"))
                .andExpect(jsonPath("$.account.email").value(amina.person().email()))
                .andExpect(jsonPath("$.account.roles[0]").value("EXPERT"))
                .andExpect(jsonPath("$.applications[0].state").value("ADMITTED"))
                .andExpect(jsonPath("$.applications[0].consent.text", Matchers.not(Matchers.emptyString())))
                .andExpect(jsonPath("$.applications[0].consent.at").isNotEmpty())
                .andExpect(jsonPath("$.applications[0].referees[0].name")
                        .value(amina.person().refereeName()))
                .andExpect(jsonPath(
                        "$.applications[0].reviewerNotes[0].text",
                        Matchers.containsString(amina.person().noteWord())))
                .andExpect(jsonPath("$.applications[0].reviewerNotes[0].author").doesNotExist())
                .andExpect(jsonPath("$.applications[0].decisionReason")
                        .value("Welcome " + amina.person().givenName()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).doesNotContain(other.person().email()).doesNotContain("passwordHash");

        // each member exports their own data only: the address of the session decides, nothing else
        String theirs = mvc.perform(get("/api/v1/network/me/export").with(other.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(theirs)
                .contains(other.person().email())
                .doesNotContain(amina.person().email());

        // the page download is the same data, as an attachment
        mvc.perform(get("/network/me/export").with(amina.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(jsonPath("$.member.email").value(amina.person().email()));
    }

    @Test
    void anAccountThatIsNoMemberGetsNothing() throws Exception {
        RequestPostProcessor stranger = SignedIn.as(998_123L, "stranger.privacy@example.org", null, Role.EXPERT);
        mvc.perform(get("/api/v1/network/me/export").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/network/me").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/network/me").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/network/me/export")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/network/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void leavingTakesTheExpertRoleAwayButKeepsExportAndErasureOpen() throws Exception {
        Admitted member = admit();
        mvc.perform(get("/network/me").with(member.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("/network/me/leave")));
        mvc.perform(get("/network/me/leave").with(member.as(Role.EXPERT))).andExpect(status().isOk());
        mvc.perform(post("/network/me/leave").with(member.as(Role.EXPERT)))
                .andExpect(status().isForbidden()); // no CSRF token, no change
        mvc.perform(post("/network/me/leave").with(member.as(Role.EXPERT)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/network/me?left=true"));

        ExpertMember left = members.findByEmail(member.person().email()).orElseThrow();
        assertThat(left.state()).isEqualTo(MemberState.LEFT);
        assertThat(left.leftAt()).isNotNull();
        assertThat(jdbc.queryForList(
                        "SELECT role FROM account_role WHERE account_id = ?", String.class, member.accountId()))
                .doesNotContain("EXPERT");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE action = 'ROLES_CHANGED' AND target = ?",
                        Long.class,
                        member.person().email()))
                .isPositive();

        // with no role left, the account still reaches its data
        mvc.perform(get("/network/me").with(member.as()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.not(Matchers.containsString("/network/me/leave\""))));
        mvc.perform(get("/api/v1/network/me/export").with(member.as()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.member.state").value("LEFT"));
        mvc.perform(post("/network/me/leave").with(member.as()).with(csrf())).andExpect(status().isConflict());

        mvc.perform(post("/network/me/erase").with(member.as()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/network/erased"));
        assertThat(jdbc.queryForObject(
                        "SELECT state FROM expert_member WHERE application_id = ?", String.class, left.applicationId()))
                .isEqualTo("ERASED");
        mvc.perform(get("/network/erased")).andExpect(status().isOk());
    }

    @Test
    void erasureLeavesNoTraceInAnyTableAndTheFiguresDoNotChange() throws Exception {
        Admitted member = admit();
        Person person = member.person();
        jdbc.update("INSERT INTO login_failure (email, at) VALUES (?, now())", person.email());
        jdbc.update(
                "INSERT INTO api_token (account_id, name, token_hash, prefix, created_at, expires_at)"
                        + " VALUES (?, ?, ?, 'vtp_x', now(), now() + interval '1 day')",
                member.accountId(),
                "laptop of " + person.givenName(),
                "h" + person.bioWord());
        mvc.perform(get("/api/v1/network/me/export").with(member.as(Role.EXPERT)))
                .andExpect(status().isOk());
        assertThat(traces(person))
                .as("the person is in the database before erasure")
                .isNotEmpty();

        // admitted three days ago: a member at the end of yesterday, before erasure and after it
        jdbc.update(
                "UPDATE expert_member SET admitted_at = admitted_at - interval '3 days' WHERE email = ?",
                person.email());
        jdbc.update(
                "UPDATE expert_application SET decided_at = decided_at - interval '3 days' WHERE email = ?",
                person.email());
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String figures = figures("2000-01-01", yesterday);

        mvc.perform(delete("/api/v1/network/me").with(member.as(Role.EXPERT))).andExpect(status().isAccepted());

        assertThat(traces(person))
                .as("text columns naming the person after erasure")
                .isEmpty();
        assertThat(figures("2000-01-01", yesterday)).isEqualTo(figures);

        String pseudonym = AccountPrivacy.pseudonym(member.accountId());
        Map<String, Object> account =
                jdbc.queryForMap("SELECT email, enabled FROM account WHERE id = ?", member.accountId());
        assertThat(account).containsEntry("email", pseudonym).containsEntry("enabled", false);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM account_role WHERE account_id = ?", Long.class, member.accountId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM api_token WHERE account_id = ?", Long.class, member.accountId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE target = ? AND action = 'ACCOUNT_CREATED'",
                        Long.class,
                        pseudonym))
                .as("the audit trail keeps what happened, under the pseudonym")
                .isEqualTo(1L);
        mvc.perform(delete("/api/v1/network/me").with(member.as(Role.EXPERT))).andExpect(status().isNotFound());
    }

    private String figures(String from, String to) throws Exception {
        String json = mvc.perform(get("/api/v1/network/statistics")
                        .param("from", from)
                        .param("to", to)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> read = JsonPath.read(json, "$");
        read.remove("overTime");
        return read.toString();
    }

    /** Every text column of every table holding one of the person's values, as "table.column: value". */
    private List<String> traces(Person person) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_schema, table_name, column_name FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND data_type IN ('character varying', 'text', 'character', 'json', 'jsonb')
                """);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            for (String value : person.traces()) {
                Long count = jdbc.queryForObject(
                        "SELECT count(*) FROM " + table + " WHERE lower(CAST(" + name + " AS VARCHAR)) LIKE ?",
                        Long.class,
                        "%" + value.toLowerCase(Locale.ROOT) + "%");
                if (count != null && count > 0) {
                    found.add(column.get("table_name") + "." + column.get("column_name") + ": " + value);
                }
            }
        }
        return found;
    }
}
