package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.library.DocumentMetadata;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * The expert's own profile editor: saved with post-redirect-get, errors beside the fields with what
 * was typed kept, hostile text stored as typed and shown as text, a change made meanwhile refused,
 * publications linked only to library documents the expert may read, and erasure clearing it all.
 */
@IntegrationTest
class ExpertProfileIntegrationTests {

    @Autowired
    RoleTestMember roleTestMember;

    @org.junit.jupiter.api.BeforeEach
    void theDefaultExpertIsAMember() {
        roleTestMember.ensure();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertFixtures.Admission admission;

    @Autowired
    ExpertMemberRepository members;

    @Autowired
    LibraryDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** A value read from the member inside a transaction (its collections are lazy). */
    private <T> T read(long id, Function<ExpertMember, T> reading) {
        return transactions.execute(status -> reading.apply(members.findById(id).orElseThrow()));
    }

    private static RequestPostProcessor as(String email) {
        return SignedIn.as(88_000L + email.hashCode() % 1000, email, null, Role.EXPERT);
    }

    private MockHttpServletRequestBuilder save(long id, Map<String, String> changes) {
        long version = members.findById(id).orElseThrow().version();
        MockHttpServletRequestBuilder request = post("/network/profile").with(csrf());
        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of(
                "givenName", "Ngozi",
                "familyName", "Okafor",
                "countryIso3", "NGA",
                "gender", "FEMALE",
                "targetTypes", "MAJOR_EVENT",
                "levelEn", "NATIVE",
                "regions", "011",
                "yearsOfExperience", "15",
                "biography", "Crowd safety at festivals.",
                "version", Long.toString(version)));
        form.putAll(changes);
        form.forEach(request::param);
        return request;
    }

    @Test
    void theExpertSavesTheProfileAndChoosesWhoSeesEachPart() throws Exception {
        var spec = ExpertFixtures.expert().name("Before", "Edit");
        long id = admission.admit(spec);
        String page = mvc.perform(get("/network/profile").with(as(spec.email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"Before\"").contains(spec.email).contains("visibility_BIOGRAPHY");

        mvc.perform(save(
                                id,
                                Map.of(
                                        "visibility_BIOGRAPHY", "PROGRAMME_ONLY",
                                        "visibility_EMAIL", "NETWORK",
                                        "availabilityNote", "From March",
                                        "availableUntil",
                                                LocalDate.now().plusYears(1).toString()))
                        .with(as(spec.email)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/network/profile"));
        assertThat(this.<String>read(id, ExpertMember::displayName)).isEqualTo("Ngozi Okafor");
        assertThat(this.<String>read(id, ExpertMember::countryIso3)).isEqualTo("NGA");
        assertThat(this.<Visibility>read(id, (ExpertMember m) -> m.visibility(ProfileField.BIOGRAPHY)))
                .isEqualTo(Visibility.PROGRAMME_ONLY);
        assertThat(this.<Visibility>read(id, (ExpertMember m) -> m.visibility(ProfileField.EMAIL)))
                .isEqualTo(Visibility.NETWORK);
        assertThat(this.<Boolean>read(id, ExpertMember::available)).isFalse();

        String seen = mvc.perform(get("/network/experts/" + id).with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(seen).contains("Ngozi Okafor").contains(spec.email).doesNotContain("Crowd safety");
    }

    @Test
    void errorsAreShownBesideTheFieldsWithWhatWasTypedAndNothingIsSaved() throws Exception {
        var spec = ExpertFixtures.expert().name("Kept", "AsBefore");
        long id = admission.admit(spec);
        String hostile = "<script>alert('owned')</script> '; DROP TABLE expert_member; --";
        String page = mvc.perform(save(
                                id,
                                Map.of(
                                        "givenName", "",
                                        "yearsOfExperience", "many",
                                        "availableUntil", "tomorrow",
                                        "visibility_NAME", "EVERYONE",
                                        "availabilityNote", "x".repeat(501),
                                        "biography", hostile))
                        .with(as(spec.email)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"error-summary\"")
                .contains("id=\"givenName-error\"")
                .contains("id=\"yearsOfExperience-error\"")
                .contains("id=\"availableUntil-error\"")
                .contains("id=\"visibility_NAME-error\"")
                .contains("id=\"availabilityNote-error\"")
                .contains("value=\"many\"")
                .contains("&lt;script&gt;alert(")
                .doesNotContain("<script>alert(");
        assertThat(members.findById(id).orElseThrow().displayName()).isEqualTo("Kept AsBefore");
    }

    @Test
    void hostileTextIsStoredAsTypedAndShownAsText() throws Exception {
        var spec = ExpertFixtures.expert();
        long id = admission.admit(spec);
        String hostile = "<script>alert('owned')</script><img src=x onerror=alert(1)> '; DROP TABLE expert_member; --";
        mvc.perform(save(id, Map.of("biography", hostile, "givenName", "<b>Bold</b>"))
                        .with(as(spec.email)))
                .andExpect(status().is3xxRedirection());
        assertThat(members.findById(id).orElseThrow().biography()).isEqualTo(hostile);
        String seen = mvc.perform(get("/network/experts/" + id).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(seen)
                .doesNotContain("<script>alert(")
                .doesNotContain("<img src=x")
                .doesNotContain("<b>Bold</b>")
                .contains("&lt;b&gt;Bold&lt;/b&gt;");
    }

    @Test
    void aChangeMadeMeanwhileIsNotOverwritten() throws Exception {
        var spec = ExpertFixtures.expert();
        long id = admission.admit(spec);
        var stale = save(id, Map.of("givenName", "Stale"));
        mvc.perform(save(id, Map.of("givenName", "Fresh")).with(as(spec.email))).andExpect(status().is3xxRedirection());
        String page = mvc.perform(stale.with(as(spec.email)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("changed elsewhere").contains("value=\"Stale\"");
        assertThat(members.findById(id).orElseThrow().givenName()).isEqualTo("Fresh");
    }

    @Test
    @WithMockUser(roles = "PROGRAMME_OFFICER")
    void publicationsLinkOnlyToLibraryDocumentsTheExpertMayRead() throws Exception {
        long network = documents
                .add(document("Network guide on protecting places of worship", AccessLevel.NETWORK), null)
                .id();
        long restricted = documents
                .add(document("Restricted assessment", AccessLevel.RESTRICTED), null)
                .id();
        var spec = ExpertFixtures.expert();
        long id = admission.admit(spec);

        String refused = mvc.perform(save(id, Map.of("publications", "Secret /library/" + restricted))
                        .with(as(spec.email)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"publications-error\"").doesNotContain("Restricted assessment");
        mvc.perform(save(id, Map.of("publications", "Nothing /library/999999999"))
                        .with(as(spec.email)))
                .andExpect(status().isBadRequest());

        mvc.perform(save(id, Map.of("publications", "Our guide, 2024 /library/" + network + "\nA paper, 2019"))
                        .with(as(spec.email)))
                .andExpect(status().is3xxRedirection());
        var publications = read(id, ExpertMember::publicationEntries);
        assertThat(publications).hasSize(2);
        assertThat(publications.get(0).documentId()).isEqualTo(network);
        assertThat(publications.get(0).citation()).isEqualTo("Our guide, 2024");
        String seen = mvc.perform(get("/network/experts/" + id).with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(seen).contains("href=\"/library/" + network + "\"").contains("A paper, 2019");
    }

    @Test
    @WithMockUser(roles = "PROGRAMME_OFFICER")
    void aLinkedDocumentIsShownOnlyToReadersWhoMayReadIt() throws Exception {
        var spec = ExpertFixtures.expert();
        long id = admission.admit(spec);
        long editorAccount = 99_123L;
        DocumentMetadata shared = document("Shared with the editor only", AccessLevel.RESTRICTED);
        shared = new DocumentMetadata(
                shared.title(),
                null,
                "en",
                2024,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                AccessLevel.RESTRICTED,
                shared.url(),
                List.of(editorAccount),
                List.of());
        long document = documents.add(shared, null).id();
        var editor = SignedIn.as(editorAccount, spec.email, null, Role.EXPERT);
        mvc.perform(save(id, Map.of("publications", "My restricted report /library/" + document))
                        .with(editor))
                .andExpect(status().is3xxRedirection());

        String toOtherMember = mvc.perform(get("/network/experts/" + id).with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(toOtherMember)
                .contains("My restricted report")
                .doesNotContain("/library/" + document)
                .doesNotContain("Shared with the editor only");
        String toStaff = mvc.perform(get("/network/experts/" + id).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(toStaff).contains("href=\"/library/" + document + "\"");
    }

    @Test
    void erasureClearsTheProfileAddedHere() throws Exception {
        var spec = ExpertFixtures.expert().hide(ProfileField.BIOGRAPHY);
        long id = admission.admit(spec);
        mvc.perform(save(
                                id,
                                Map.of(
                                        "publications", "A paper",
                                        "availabilityNote", "Only in May",
                                        "available", "true",
                                        "availableUntil",
                                                LocalDate.now().plusMonths(2).toString()))
                        .with(as(spec.email)))
                .andExpect(status().is3xxRedirection());
        admission.erase(id);
        Map<String, Object> row =
                jdbc.queryForMap("SELECT availability_note, available_until FROM expert_member WHERE id = ?", id);
        assertThat(row.values()).containsOnlyNulls();
        for (String table : List.of("expert_member_publication", "expert_member_visibility", "expert_member_link")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE member_id = ?", Long.class, id))
                    .as(table)
                    .isZero();
        }
    }

    private static DocumentMetadata document(String title, AccessLevel access) {
        return new DocumentMetadata(
                title + " " + java.util.UUID.randomUUID(),
                null,
                "en",
                2024,
                null,
                List.of("RELIGIOUS_SITE"),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                access,
                "https://example.org/" + java.util.UUID.randomUUID(),
                List.of(),
                List.of());
    }
}
