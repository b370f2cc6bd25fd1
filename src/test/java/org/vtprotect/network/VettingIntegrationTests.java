package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.NetworkFixtures.applicationJson;
import static org.vtprotect.network.NetworkFixtures.fromSomewhere;
import static org.vtprotect.network.NetworkFixtures.idOf;
import static org.vtprotect.network.NetworkFixtures.submitted;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** Programme officers vet applications: queue, notes, conflict of interest, one decision each. */
@IntegrationTest
class VettingIntegrationTests {

    private static final String HOSTILE = "<script>alert('owned')</script><img src=x onerror=alert(1)>\nSecond line";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationCheck check;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertMemberRepository members;

    private long submittedApplication(String who) {
        return submitted(check, applications, uniqueEmail(who), "Biography of " + who);
    }

    private ResultActions decide(long id, String body, Role role) throws Exception {
        return mvc.perform(post("/api/v1/network/applications/" + id + "/decision")
                .with(SignedIn.as(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** A page answered with a refusal's status, the form shown again with its errors. */
    private Document refused(MockHttpServletRequestBuilder request, ResultMatcher expected) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(expected)
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void anOfficerDecidesOnceAndASecondDecisionIsAConflict() throws Exception {
        long id = submittedApplication("decided");
        decide(id, "{\"decision\":\"DECLINED\",\"reason\":\"Not enough experience yet.\"}", Role.PROGRAMME_OFFICER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECLINED"))
                .andExpect(jsonPath("$.decidedAt").isNotEmpty())
                .andExpect(jsonPath("$.notes").doesNotExist());
        decide(id, "{\"decision\":\"ADMITTED\"}", Role.PROGRAMME_OFFICER).andExpect(status().isConflict());
        decide(id, "{\"decision\":\"DECLINED\"}", Role.PROGRAMME_OFFICER).andExpect(status().isConflict());
    }

    @Test
    void admissionMakesTheApplicantAMemberWithTheProfileTheyWroteAndADeclineDoesNot() throws Exception {
        long admitted = submittedApplication("member");
        String email = applications.findById(admitted).orElseThrow().email();
        decide(admitted, "{\"decision\":\"ADMITTED\"}", Role.PROGRAMME_OFFICER).andExpect(status().isOk());
        ExpertMember member = members.findByEmail(email).orElseThrow();
        assertThat(member.applicationId()).isEqualTo(admitted);
        assertThat(member.state()).isEqualTo(MemberState.ACTIVE);
        assertThat(member.biography()).isEqualTo("Biography of member");
        assertThat(member.admittedAt()).isNotNull();

        long declined = submittedApplication("not-a-member");
        decide(declined, "{\"decision\":\"DECLINED\"}", Role.PROGRAMME_OFFICER).andExpect(status().isOk());
        assertThat(members.findByApplicationId(declined)).isEmpty();
    }

    @Test
    void aDecisionMustBeAdmitOrDeclineOnAConfirmedApplicationThatExists() throws Exception {
        long id = submittedApplication("undecided");
        decide(id, "{\"decision\":\"MAYBE\"}", Role.PROGRAMME_OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        decide(id, "{\"decision\":\"ADMITTED\",\"reason\":\"" + "r".repeat(2001) + "\"}", Role.PROGRAMME_OFFICER)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide(987_654_321L, "{\"decision\":\"ADMITTED\"}", Role.PROGRAMME_OFFICER)
                .andExpect(status().isNotFound());
        long unconfirmed = idOf(mvc.perform(post("/api/v1/network/applications")
                        .with(fromSomewhere())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(applicationJson(uniqueEmail("unconfirmed"), "x")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        decide(unconfirmed, "{\"decision\":\"ADMITTED\"}", Role.PROGRAMME_OFFICER)
                .andExpect(status().isConflict());
    }

    @Test
    void onlyProgrammeOfficersDecide() throws Exception {
        long id = submittedApplication("roles");
        for (Role role : new Role[] {Role.ADMINISTRATOR, Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT}) {
            decide(id, "{\"decision\":\"ADMITTED\"}", role).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/network/applications/" + id + "/decision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"ADMITTED\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/manage/network/applications").with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/network/applications/" + id).with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theQueueListsConfirmedApplicationsWithCountsAndFilters() throws Exception {
        String email = uniqueEmail("queued");
        long id = submitted(check, applications, email, "Queued");
        Document queue = page(get("/manage/network/applications").param("q", email));
        assertThat(queue.select("h1").text()).isEqualTo("Applications to the network");
        assertThat(queue.select("a[href=/manage/network/applications/" + id + "]"))
                .hasSize(1);
        assertThat(queue.select("nav .nav-link").text()).contains("To review");
        assertThat(queue.text()).contains("1–1 of 1");

        Document declined = page(
                get("/manage/network/applications").param("state", "DECLINED").param("q", email));
        assertThat(declined.select("a[href=/manage/network/applications/" + id + "]"))
                .isEmpty();

        String fragment = mvc.perform(get("/manage/network/applications")
                        .param("q", email)
                        .header("HX-Request", "true")
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("/manage/network/applications/" + id);

        mvc.perform(get("/manage/network/applications").param("page", "-1").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void hostileTextInTheApplicationIsShownAsTextOnTheVettingPage() throws Exception {
        long id = submitted(check, applications, uniqueEmail("hostile"), HOSTILE);
        Document detail = page(get("/manage/network/applications/" + id));
        assertThat(detail.select("#biography script")).isEmpty();
        assertThat(detail.select("#biography img")).isEmpty();
        assertThat(detail.select("#biography p").first().text())
                .isEqualTo("<script>alert('owned')</script><img src=x onerror=alert(1)>");
        assertThat(detail.select("#biography p").get(1).text()).isEqualTo("Second line");
        assertThat(detail.select("script:containsData(owned)")).isEmpty();
    }

    @Test
    void notesConflictAndReviewAreRecordedAndNeverShownToTheApplicant() throws Exception {
        String email = uniqueEmail("noted");
        long id = submitted(check, applications, email, "Noted");
        String base = "/manage/network/applications/" + id;
        mvc.perform(post(base + "/review").with(csrf()).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "network.notice.reviewStarted"));
        mvc.perform(post(base + "/notes")
                        .param("note", "Secret remark about <b>referees</b>")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/conflict")
                        .param("conflict", "true")
                        .param("conflictNote", "Former colleague of the reviewer")
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());

        Document detail = page(get(base));
        assertThat(detail.text())
                .contains("Under review", "Secret remark about <b>referees</b>", "Former colleague of the reviewer");
        assertThat(detail.select(".badge").text()).contains("Conflict of interest");

        Document empty = refused(post(base + "/notes").param("note", "  ").with(csrf()), status().isBadRequest());
        assertThat(empty.select("#error-summary a[href=#note]")).hasSize(1);

        String withdrawPage = mvc.perform(get("/network/applications/withdraw").param("token", "w-" + email))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(withdrawPage).contains(email).doesNotContain("Secret remark").doesNotContain("Former colleague");

        decide(id, "{\"decision\":\"ADMITTED\"}", Role.PROGRAMME_OFFICER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.*", org.hamcrest.Matchers.hasSize(3)));
    }

    @Test
    void theDecisionFormSaysWhatIsMissingAndKeepsTheReason() throws Exception {
        long id = submittedApplication("form");
        Document page = refused(
                post("/manage/network/applications/" + id + "/decision")
                        .param("reason", "Typed reason")
                        .with(csrf()),
                status().isBadRequest());
        assertThat(page.select("#error-summary a[href=#decision]")).hasSize(1);
        assertThat(page.select("#reason").text()).isEqualTo("Typed reason");
    }

    @Test
    void aSecondDecisionOnThePageIsAConflictShownAtTheTop() throws Exception {
        long id = submittedApplication("twice-on-page");
        String decision = "/manage/network/applications/" + id + "/decision";
        mvc.perform(post(decision).param("decision", "DECLINED").with(csrf()).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        Document page = refused(post(decision).param("decision", "ADMITTED").with(csrf()), status().isConflict());
        assertThat(page.select("#error-summary")).isNotEmpty();
        assertThat(applications.findById(id).orElseThrow().state()).isEqualTo(ApplicationState.DECLINED);
    }
}
