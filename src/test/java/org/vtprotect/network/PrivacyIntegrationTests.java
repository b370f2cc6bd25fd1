package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.account.AccountPrivacy;
import org.vtprotect.directory.People;
import org.vtprotect.event.internal.PersonalLink;
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

    @Test
    void erasureAlsoErasesThePersonFromTheDirectoryAndTheEventsWhileTheEventFiguresDoNotChange() throws Exception {
        Admitted member = admit();
        Person person = member.person();
        String needsWord = "needword" + person.noteWord().substring("noteword".length());
        List<String> values = new ArrayList<>(person.traces());
        values.add(needsWord);

        // two published events in 2087, a year no other test uses: registered and attended at the
        // first, with needs only they wrote; invited to both (answered at the first, not the second)
        long attendedEvent = event("2087-04-14");
        long otherEvent = event("2087-05-20");
        String registered = mvc.perform(post("/api/v1/events/" + attendedEvent + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"givenName":"%s","familyName":"%s","email":"%s","gender":"FEMALE",
                                 "organisation":{"name":"Ministry of the Interior","type":"MEMBER_STATE_GOVERNMENT",
                                                 "countryIso3":"SEN"},
                                 "representedCountryIso3":"SEN","role":"SPEAKER",
                                 "needs":"Step-free access, %s, <script>alert(1)</script>","consent":true}
                                """.formatted(person.givenName(), person.familyName(), person.email(), needsWord))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long registration = ((Number) JsonPath.read(registered, "$.id")).longValue();
        mvc.perform(put("/api/v1/events/" + attendedEvent + "/registrations/" + registration + "/attendance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[\"2087-04-14\"]}")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk());
        long answered = invite(attendedEvent, person, "REGISTERED", registration, PersonalLink.newToken());
        String link = PersonalLink.newToken();
        long unanswered = invite(otherEvent, person, "SENT", null, link);
        mvc.perform(get("/events/" + otherEvent + "/invitation/" + link))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString(person.familyName())));
        long personId =
                jdbc.queryForObject("SELECT person_id FROM registration WHERE id = ?", Long.class, registration);
        assertThat(traces(values))
                .as("the person is in the directory, the registration and the invitations before erasure")
                .contains(
                        "person.email: " + person.email(),
                        "person.given_name: " + person.givenName(),
                        "registration.needs: " + needsWord,
                        "invitation.email: " + person.email(),
                        "invitation.family_name: " + person.familyName());
        String period = eventFigures("/api/v1/statistics/events?from=2087-01-01&to=2087-12-31");
        String ofEvent = eventFigures("/api/v1/events/" + attendedEvent + "/statistics");
        assertThat(period).contains("participants=1");

        mvc.perform(delete("/api/v1/network/me").with(member.as(Role.EXPERT))).andExpect(status().isAccepted());

        assertThat(traces(values))
                .as("text columns naming the person after erasure")
                .isEmpty();
        assertThat(eventFigures("/api/v1/statistics/events?from=2087-01-01&to=2087-12-31"))
                .isEqualTo(period);
        assertThat(eventFigures("/api/v1/events/" + attendedEvent + "/statistics"))
                .isEqualTo(ofEvent);

        // the registration stays, for the same person id, with its attendance and what is counted
        Map<String, Object> kept = jdbc.queryForMap(
                "SELECT person_id, attended, needs, gender, role, represented_country_iso3 FROM registration"
                        + " WHERE id = ?",
                registration);
        assertThat(kept)
                .containsEntry("person_id", personId)
                .containsEntry("attended", true)
                .containsEntry("gender", "FEMALE")
                .containsEntry("role", "SPEAKER")
                .containsEntry("represented_country_iso3", "SEN");
        assertThat(kept.get("needs")).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM attendance WHERE registration_id = ?", Long.class, registration))
                .isEqualTo(1L);

        // the directory keeps the person under a pseudonym, with what the statistics count
        Map<String, Object> directory = jdbc.queryForMap(
                "SELECT email, given_name, family_name, gender, country_iso3 FROM person WHERE id = ?", personId);
        assertThat(directory)
                .containsEntry("email", People.erasedEmail(personId))
                .containsEntry("given_name", "")
                .containsEntry("family_name", People.ERASED_NAME)
                .containsEntry("gender", "FEMALE")
                .containsEntry("country_iso3", "SEN");

        // the invitations stay counted, under a pseudonym; the unanswered one is declined, its link dead
        assertThat(jdbc.queryForList(
                        "SELECT state FROM invitation WHERE id IN (?, ?) ORDER BY id",
                        String.class,
                        answered,
                        unanswered))
                .containsExactly("REGISTERED", "DECLINED");
        assertThat(jdbc.queryForObject("SELECT email FROM invitation WHERE id = ?", String.class, unanswered))
                .isEqualTo("erased-invitation-" + unanswered + "@erased.invalid");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM invitation_token WHERE invitation_id IN (?, ?)",
                        Long.class,
                        answered,
                        unanswered))
                .isZero();
        mvc.perform(get("/events/" + otherEvent + "/invitation/" + link)).andExpect(status().isNotFound());
    }

    private long event(String day) throws Exception {
        String created = mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Erasure meeting %s","type":"EXPERT_GROUP_MEETING","startDate":"%s",
                                 "endDate":"%s","timeZone":"Europe/Vienna","format":"IN_PERSON",
                                 "venue":{"city":"Vienna","countryIso3":"AUT"},"description":"Good practices",
                                 "themes":[],"targetTypes":[],"organiserIds":[],"visibility":"PUBLIC",
                                 "capacity":null,"languages":["en"]}
                                """.formatted(day, day, day))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(put("/api/v1/events/" + id + "/state")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\":\"PUBLISHED\"}")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk());
        return id;
    }

    /** An invitation to the person's address, with their names and a personal link, straight in the database. */
    private long invite(long event, Person person, String state, Long registration, String token) {
        jdbc.update(
                "INSERT INTO invitation (event_id, email, given_name, family_name, organisation_name, country_iso3,"
                        + " language, state, registration_id, reminders, sent_at, version)"
                        + " VALUES (?, ?, ?, ?, 'Ministry of the Interior', 'SEN', 'en', ?, ?, 0, now(), 0)",
                event,
                person.email(),
                person.givenName(),
                person.familyName(),
                state,
                registration);
        long id = jdbc.queryForObject(
                "SELECT id FROM invitation WHERE event_id = ? AND email = ?", Long.class, event, person.email());
        jdbc.update(
                "INSERT INTO invitation_token (invitation_id, token_hash) VALUES (?, ?)", id, PersonalLink.hash(token));
        return id;
    }

    private String eventFigures(String url) throws Exception {
        String json = mvc.perform(get(url).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> read = JsonPath.read(json, "$");
        return read.toString();
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
        return traces(person.traces());
    }

    /** Every text column of every table holding one of these values, as "table.column: value". */
    private List<String> traces(List<String> values) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_schema, table_name, column_name FROM information_schema.columns
                WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
                  AND data_type IN ('character varying', 'text', 'character', 'json', 'jsonb')
                """);
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            for (String value : values) {
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
