package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Who sees which field of a profile, through the API and the pages: other members see only what a
 * member shares with the network, and their words never match, show or count what a member keeps
 * for the programme; staff see everything; an expert who is not an active member sees nothing; a
 * member who left or was erased is neither listed nor shown.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpertVisibilityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertFixtures.Admission admission;

    /** Letters only, so that it is one word and appears in no other test's data. */
    private final String token = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

    private String viewerEmail;
    private long viewer;
    private long discreet;
    private long nameless;
    private long gone;
    private String goneEmail;
    private long erased;

    @BeforeAll
    void members() {
        viewerEmail = ExpertFixtures.expert().email;
        viewer = admission.admit(ExpertFixtures.expert().email(viewerEmail).name("Viewer", token));
        discreet = admission.admit(ExpertFixtures.expert()
                .name("Bea", "Discreet" + token)
                .biography("Protects mosques; hiddenword" + token + " appears only here.")
                .hide(ProfileField.BIOGRAPHY));
        nameless = admission.admit(ExpertFixtures.expert()
                .name("Nadia", "Nameless" + token)
                .biography("Sécurité des lieux de culte, " + token + ".")
                .hide(ProfileField.NAME)
                .share(ProfileField.EMAIL));
        goneEmail = ExpertFixtures.expert().email;
        gone = admission.admit(ExpertFixtures.expert().email(goneEmail).name("Gone", "Left" + token));
        admission.leave(gone);
        erased = admission.admit(ExpertFixtures.expert().name("Erased", "Erased" + token));
        admission.erase(erased);
    }

    private RequestPostProcessor member() {
        return SignedIn.as(77_001L, viewerEmail, null, Role.EXPERT);
    }

    private String search(String query, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/v1/network/experts?size=200&" + query).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<Integer> ids(String json) {
        return JsonPath.read(json, "$.items[*].id");
    }

    @Test
    void aMemberSeesWhatOthersShareAndNothingTheyKeepForTheProgramme() throws Exception {
        String json = search("q=" + token, member());
        assertThat(ids(json)).contains((int) viewer, (int) discreet).doesNotContain((int) gone, (int) erased);
        Map<String, Object> bea = JsonPath.<List<Map<String, Object>>>read(json, "$.items[?(@.id == " + discreet + ")]")
                .get(0);
        assertThat(bea).containsEntry("familyName", "Discreet" + token);
        assertThat(bea).doesNotContainKeys("biography", "email", "gender", "visibility");
        assertThat(json).doesNotContain("hiddenword" + token);

        String nadia = search("q=securite+" + token, member());
        assertThat(ids(nadia)).containsExactly((int) nameless);
        assertThat(nadia).doesNotContain("Nameless" + token).doesNotContain("Nadia");
        assertThat((String) JsonPath.read(nadia, "$.items[0].biography")).startsWith("Sécurité");
        assertThat((String) JsonPath.read(nadia, "$.items[0].email")).endsWith("@example.org");
    }

    @Test
    void aMembersWordsNeverMatchNorCountAnotherMembersProgrammeOnlyText() throws Exception {
        String hidden = search("q=hiddenword" + token, member());
        assertThat(JsonPath.<Integer>read(hidden, "$.totalItems")).isZero();
        assertThat(search("q=Nameless" + token, member())).contains("\"totalItems\":0");

        String page = mvc.perform(get("/network/experts?q=hiddenword" + token).with(member()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Discreet" + token);
        String profile = mvc.perform(get("/network/experts/" + discreet).with(member()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(profile).contains("Discreet" + token).doesNotContain("hiddenword" + token);
    }

    @Test
    void staffSeeEveryFieldAndFindProgrammeOnlyText() throws Exception {
        for (Role role : new Role[] {Role.PROGRAMME_OFFICER, Role.ADMINISTRATOR}) {
            String json = search("q=hiddenword" + token, SignedIn.as(role));
            assertThat(ids(json)).containsExactly((int) discreet);
            assertThat((String) JsonPath.read(json, "$.items[0].biography")).contains("hiddenword" + token);
            assertThat((String) JsonPath.read(json, "$.items[0].email")).endsWith("@example.org");
            assertThat((String) JsonPath.read(json, "$.items[0].visibility.BIOGRAPHY"))
                    .isEqualTo("PROGRAMME_ONLY");
            assertThat(search("q=Nameless" + token, SignedIn.as(role))).contains("\"totalItems\":1");
            String profile = mvc.perform(get("/network/experts/" + discreet).with(SignedIn.as(role)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(profile).contains("hiddenword" + token);
        }
    }

    @Test
    void aMemberSeesAllOfTheirOwnProfile() throws Exception {
        mvc.perform(get("/api/v1/network/experts?q=Viewer+" + token).with(member()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(viewer))
                .andExpect(jsonPath("$.items[0].email").value(viewerEmail))
                .andExpect(jsonPath("$.items[0].gender").value("FEMALE"));
    }

    @Test
    void whoIsNotAnActiveMemberOrStaffSeesNothing() throws Exception {
        mvc.perform(get("/api/v1/network/experts")).andExpect(status().isUnauthorized());
        mvc.perform(get("/network/experts")).andExpect(status().is3xxRedirection());
        for (Role role : new Role[] {Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR}) {
            mvc.perform(get("/api/v1/network/experts").with(SignedIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/network/experts/" + discreet).with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
        }
        var left = SignedIn.as(77_002L, goneEmail, null, Role.EXPERT);
        var stranger = SignedIn.as(77_003L, ExpertFixtures.expert().email, null, Role.EXPERT);
        for (var expert : List.of(left, stranger)) {
            mvc.perform(get("/api/v1/network/experts?q=" + token).with(expert))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.items").doesNotExist());
            String page = mvc.perform(get("/network/experts?q=" + token).with(expert))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).doesNotContain("Discreet" + token);
            mvc.perform(get("/network/experts/" + discreet).with(expert)).andExpect(status().isForbidden());
            mvc.perform(get("/network/profile").with(expert)).andExpect(status().isForbidden());
        }
    }

    @Test
    void membersWhoLeftOrWereErasedAreNeitherListedNorShown() throws Exception {
        for (var who : List.of(member(), SignedIn.as(Role.PROGRAMME_OFFICER))) {
            mvc.perform(get("/network/experts/" + gone).with(who)).andExpect(status().isNotFound());
            mvc.perform(get("/network/experts/" + erased).with(who)).andExpect(status().isNotFound());
            assertThat(ids(search("q=Left" + token, who))).isEmpty();
            assertThat(ids(search("q=Erased" + token, who))).isEmpty();
        }
    }
}
