package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Membership figures on a fixture worked out by hand, in 1987, a year no other test writes to:
 *
 * <pre>
 * member  country  gender       admitted             left                  state    target types            languages
 * M1      SEN 002  FEMALE       1986-06-01           -                     ACTIVE   RELIGIOUS_SITE, STADIUM en, fr
 * M2      FRA 150  MALE         1987-03-15           1987-12-31T23:00Z     LEFT     RELIGIOUS_SITE          en
 * M3      BRA 019  UNDISCLOSED  1987-12-31T23:59:59Z -                     ACTIVE   RELIGIOUS_SITE          en
 * M4      JPN 142  FEMALE       1987-05-01           1988-02-01            ERASED   -                       ja
 * M5      AUS 009  OTHER        1988-01-01T00:00Z    -                     ACTIVE   STADIUM                 en
 * M6      SEN 002  MALE         1985-01-01           1986-12-31            LEFT     STADIUM                 fr
 * </pre>
 *
 * Members at the end of 1987: M1, M3, M4 (erased later, still counted) = 3. Admitted in 1987: M2,
 * M3, M4 = 3; declined: D1 (1987-01-01T00:00Z, counted), not D2 (1986-12-31T23:59:59Z) = 1.
 * Pending at the end: P1 (confirmed, undecided) and P2 (decided in 1988) = 2; not P3 (withdrawn in
 * 1987), P4 (never confirmed), P5 (confirmed in 1988). A member's application is confirmed when decided.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FiguresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void fixture() {
        if (jdbc.queryForObject(
                        "SELECT count(*) FROM expert_application WHERE created_at < '1990-01-01T00:00:00Z'", Long.class)
                > 0) {
            return; // the shared database already holds the fixture (a context reused by another class)
        }
        member(
                "SEN",
                "FEMALE",
                "1986-06-01T10:00:00Z",
                null,
                "ACTIVE",
                new String[] {"RELIGIOUS_SITE", "STADIUM"},
                "en",
                "fr");
        member(
                "FRA",
                "MALE",
                "1987-03-15T10:00:00Z",
                "1987-12-31T23:00:00Z",
                "LEFT",
                new String[] {"RELIGIOUS_SITE"},
                "en");
        member("BRA", "UNDISCLOSED", "1987-12-31T23:59:59Z", null, "ACTIVE", new String[] {"RELIGIOUS_SITE"}, "en");
        member("JPN", "FEMALE", "1987-05-01T10:00:00Z", "1988-02-01T10:00:00Z", "ERASED", new String[] {}, "ja");
        member("AUS", "OTHER", "1988-01-01T00:00:00Z", null, "ACTIVE", new String[] {"STADIUM"}, "en");
        member("SEN", "MALE", "1985-01-01T10:00:00Z", "1986-12-31T10:00:00Z", "LEFT", new String[] {"STADIUM"}, "fr");
        application("DECLINED", "1986-12-01T10:00:00Z", "1987-01-01T00:00:00Z", null);
        application("DECLINED", "1986-12-01T10:00:00Z", "1986-12-31T23:59:59Z", null);
        application("UNDER_REVIEW", "1987-06-01T10:00:00Z", null, null);
        application("DECLINED", "1987-11-01T10:00:00Z", "1988-01-05T10:00:00Z", null);
        application("WITHDRAWN", "1987-02-01T10:00:00Z", null, "1987-04-01T10:00:00Z");
        application("AWAITING_EMAIL_CONFIRMATION", null, null, null);
        application("SUBMITTED", "1988-01-02T10:00:00Z", null, null);
    }

    @Test
    void theFiguresOf1987AreThoseWorkedOutByHand() throws Exception {
        statistics("1987-01-01", "1987-12-31")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("1987-01-01"))
                .andExpect(jsonPath("$.to").value("1987-12-31"))
                .andExpect(jsonPath("$.members").value(3))
                .andExpect(jsonPath("$.admitted").value(3))
                .andExpect(jsonPath("$.declined").value(1))
                .andExpect(jsonPath("$.pending").value(2))
                .andExpect(jsonPath("$.byRegion.002").value(1))
                .andExpect(jsonPath("$.byRegion.019").value(1))
                .andExpect(jsonPath("$.byRegion.142").value(1))
                .andExpect(jsonPath("$.byRegion.150").value(0))
                .andExpect(jsonPath("$.byRegion.009").value(0))
                .andExpect(jsonPath("$.byRegion.none").doesNotExist())
                .andExpect(jsonPath("$.byGender.FEMALE").value(2))
                .andExpect(jsonPath("$.byGender.MALE").value(0))
                .andExpect(jsonPath("$.byGender.OTHER").value(0))
                .andExpect(jsonPath("$.byGender.UNDISCLOSED").value(1))
                .andExpect(jsonPath("$.byTargetType.RELIGIOUS_SITE").value(2))
                .andExpect(jsonPath("$.byTargetType.STADIUM").value(1))
                .andExpect(jsonPath("$.byLanguage.en").value(2))
                .andExpect(jsonPath("$.byLanguage.fr").value(1))
                .andExpect(jsonPath("$.byLanguage.ja").value(1))
                .andExpect(jsonPath("$.overTime.length()").value(12))
                .andExpect(jsonPath("$.overTime[0].month").value("1987-01"))
                .andExpect(jsonPath("$.overTime[*].members", Matchers.contains(1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3)))
                .andExpect(jsonPath("$.overTime[11].end").value("1987-12-31"));
    }

    @Test
    void regionAndGenderAddUpToTheMembersOnEveryPeriod() throws Exception {
        for (String[] period : new String[][] {
            {"1987-01-01", "1987-12-31"},
            {"1986-01-01", "1986-12-31"},
            {"1987-01-01", "1988-03-01"},
            {"1985-01-01", "1985-01-01"}
        }) {
            String json = statistics(period[0], period[1])
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            int members = com.jayway.jsonpath.JsonPath.read(json, "$.members");
            java.util.Map<String, Integer> regions = com.jayway.jsonpath.JsonPath.read(json, "$.byRegion");
            java.util.Map<String, Integer> genders = com.jayway.jsonpath.JsonPath.read(json, "$.byGender");
            assertThat(regions.values().stream().mapToInt(Integer::intValue).sum())
                    .as("regions of %s", (Object) period)
                    .isEqualTo(members);
            assertThat(genders.values().stream().mapToInt(Integer::intValue).sum())
                    .as("genders of %s", (Object) period)
                    .isEqualTo(members);
        }
    }

    @Test
    void periodBoundariesCountWholeUtcDays() throws Exception {
        // a decision at midnight opening the first day counts; one a second before it does not
        statistics("1987-01-01", "1987-01-01").andExpect(jsonPath("$.declined").value(1));
        statistics("1986-12-31", "1986-12-31").andExpect(jsonPath("$.declined").value(1));
        // M3 was admitted in the last second of 1987: a member at its end; M2 left an hour before it
        statistics("1987-12-31", "1987-12-31")
                .andExpect(jsonPath("$.members").value(3))
                .andExpect(jsonPath("$.admitted").value(1))
                .andExpect(jsonPath("$.byRegion.150").value(0));
        // in 1988 M2 and M4 have left, M5 has joined; the erased M4 was a member until February
        statistics("1988-01-01", "1988-01-31").andExpect(jsonPath("$.members").value(4));
        statistics("1988-02-01", "1988-02-29").andExpect(jsonPath("$.members").value(3));
    }

    @Test
    void aWrongPeriodIs400NamingTheField() throws Exception {
        statistics("1987-13-45", "1987-12-31")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        statistics("1987-12-31", "1987-01-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        statistics("<script>alert(1)</script>", "'; DROP TABLE expert_member; --")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("from", "to")));
        statistics("1987-01-01", "9".repeat(5000)).andExpect(status().isBadRequest());
        statistics("1900-01-01", "2000-01-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM expert_member", Long.class))
                .isPositive();
    }

    @Test
    void onlyProgrammeStaffSeeTheFigures() throws Exception {
        for (Role role : new Role[] {Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR}) {
            mvc.perform(get("/api/v1/network/statistics").with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/manage/network/figures").with(SignedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/manage/network/figures.csv").with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/network/statistics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/network/statistics").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk());
    }

    @Test
    void thePageShowsTheFiguresTheTotalsAndTheChartAndTheCsvHasThem() throws Exception {
        String html = mvc.perform(get("/manage/network/figures")
                        .param("from", "1987-01-01")
                        .param("to", "1987-12-31")
                        .param("lang", "en")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("#figure-members").text()).isEqualTo("3");
        assertThat(page.select("#figure-pending").text()).isEqualTo("2");
        assertThat(page.select("#region-table tfoot td").text()).isEqualTo("3");
        assertThat(page.select("#gender-table tfoot td").text()).isEqualTo("3");
        assertThat(page.select("#target-type-table tfoot")).isEmpty();
        assertThat(page.select("#over-time tbody tr")).hasSize(12);
        assertThat(page.select("#over-time svg rect")).hasSize(12);
        assertThat(page.select("a[href^='/manage/network/figures.csv']").attr("href"))
                .isEqualTo("/manage/network/figures.csv?from=1987-01-01&to=1987-12-31");

        mvc.perform(get("/manage/network/figures.csv")
                        .param("from", "1987-01-01")
                        .param("to", "1987-12-31")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(result -> {
                    String csv = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(csv)
                            .contains("\"members\",\"\",\"Members\",\"3\"")
                            .contains("\"byGender\",\"UNDISCLOSED\"")
                            .contains("\"overTime\",\"1987-12\",\"1987-12-31\",\"3\"");
                });

        String wrong = mvc.perform(get("/manage/network/figures")
                        .param("from", "<script>alert(1)</script>")
                        .param("to", "1987-01-01")
                        .param("lang", "fr")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document errors = Jsoup.parse(wrong);
        assertThat(errors.select("#error-summary a[href='#from']")).hasSize(1);
        assertThat(errors.select("#from-error").text()).contains("AAAA-MM-JJ");
        assertThat(errors.select("script:containsData(alert)")).isEmpty();
        assertThat(errors.select("#from").attr("value")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void thePublicNetworkPageShowsMembersByRegion() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/network").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#region-figures tbody tr[data-code]")).hasSizeGreaterThanOrEqualTo(5);
        long sum = page.select("#region-figures tbody tr td").stream()
                .mapToLong(td -> Long.parseLong(td.text().replaceAll("[^0-9]", "")))
                .sum();
        assertThat(page.select("#region-figures tfoot td").text().replaceAll("[^0-9]", ""))
                .isEqualTo(Long.toString(sum));
    }

    private ResultActions statistics(String from, String to) throws Exception {
        return mvc.perform(get("/api/v1/network/statistics")
                .param("from", from)
                .param("to", to)
                .with(SignedIn.as(Role.PROGRAMME_OFFICER)));
    }

    private long application(
            String state, @Nullable String confirmedAt, @Nullable String decidedAt, @Nullable String withdrawnAt) {
        String created = confirmedAt == null ? "1987-06-01T10:00:00Z" : confirmedAt;
        return jdbc.queryForObject(
                """
                INSERT INTO expert_application (email, given_name, family_name, country_iso3, gender, language, state,
                  consent_version, consent_text, consented_at, confirmed_at, decided_at, withdrawn_at,
                  created_at, updated_at, version)
                VALUES (?, 'Fixture', 'Nineteen', 'SEN', 'FEMALE', 'en', ?, 'v1', 'consent', ?, ?, ?, ?, ?, ?, 0)
                RETURNING id
                """,
                Long.class,
                "fig" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                state,
                at(created),
                at(confirmedAt),
                at(decidedAt),
                at(withdrawnAt),
                at(created),
                at(created));
    }

    private void member(
            String country,
            String gender,
            String admittedAt,
            @Nullable String leftAt,
            String state,
            String[] targetTypes,
            String... languages) {
        long applicationId = application("ADMITTED", admittedAt, admittedAt, null);
        boolean erased = state.equals("ERASED");
        long id = jdbc.queryForObject(
                """
                INSERT INTO expert_member (application_id, email, given_name, family_name, country_iso3, gender,
                  language, state, admitted_at, left_at, erased_at, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?, ?, ?, 0)
                RETURNING id
                """,
                Long.class,
                applicationId,
                erased ? null : "fig" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                erased ? null : "Fixture",
                erased ? null : "Member",
                country,
                gender,
                state,
                at(admittedAt),
                at(leftAt),
                erased ? at(leftAt) : null,
                at(admittedAt),
                at(admittedAt));
        for (String code : targetTypes) {
            jdbc.update(
                    "INSERT INTO expert_member_expertise (member_id, vocabulary, code) VALUES (?, 'targetTypes', ?)",
                    id,
                    code);
        }
        jdbc.update(
                "INSERT INTO expert_member_expertise (member_id, vocabulary, code) VALUES (?, 'themes', 'RISK_ASSESSMENT')",
                id);
        for (String code : languages) {
            jdbc.update(
                    "INSERT INTO expert_member_language (member_id, code, level) VALUES (?, ?, 'FLUENT')", id, code);
        }
    }

    private static @Nullable OffsetDateTime at(@Nullable String instant) {
        return instant == null ? null : Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }
}
