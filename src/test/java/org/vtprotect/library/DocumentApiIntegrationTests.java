package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.file;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;
import static org.vtprotect.library.LibraryFixtures.uniqueText;

import com.jayway.jsonpath.JsonPath;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** Adding documents through the API with real files, reading and downloading them, and the files refused. */
@IntegrationTest
class DocumentApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    ResultActions upload(MockMultipartFile metadata, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/v1/library/documents").file(metadata);
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.with(SignedIn.as(Role.PROGRAMME_OFFICER)));
    }

    long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void aWordFileIsStoredReadAndOfferedForDownloadWithItsPagesLanguageAndHash() throws Exception {
        byte[] bytes = LibraryFixtures.bytes("fr-urban-centres.docx");
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String title = unique("Centres urbains");
        long id = id(upload(
                        metadata(
                                title,
                                AccessLevel.PUBLIC,
                                "\"targetTypes\":[\"URBAN_CENTRE\"],\"publicationYear\":2021"),
                        file("fr-urban-centres.docx"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/library/documents/")))
                .andExpect(jsonPath("$.language").value("fr"))
                .andExpect(jsonPath("$.sha256").value(sha256))
                .andExpect(jsonPath("$.targetTypes[0]").value("URBAN_CENTRE")));

        mvc.perform(get("/api/v1/library/documents/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.files[0].version").value(1))
                .andExpect(jsonPath("$.sharedWithAccounts").doesNotExist());
        byte[] downloaded = mvc.perform(get("/api/v1/library/documents/" + id + "/file"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("fr-urban-centres.docx")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(bytes);

        upload(metadata(unique("Again"), AccessLevel.PUBLIC, ""), file("fr-urban-centres.docx"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(title)));
    }

    @Test
    void aWebLinkNeedsNoFileButAnEntryNeedsOneOrTheOther() throws Exception {
        upload(metadata(
                        unique("Link"),
                        AccessLevel.PUBLIC,
                        "\"url\":\"https://www.un.org/counterterrorism/\",\"language\":\"en\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.url").value("https://www.un.org/counterterrorism/"))
                .andExpect(jsonPath("$.sha256").doesNotExist());
        upload(metadata(unique("Nothing"), AccessLevel.PUBLIC, "\"language\":\"en\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("file")));
    }

    @Test
    void everyFieldAtFaultIsNamed() throws Exception {
        upload(
                        metadata("{\"title\":\" \",\"language\":\"xx\",\"publicationYear\":1200,"
                                + "\"targetTypes\":[\"NOPE\"],\"countries\":[\"XXX\"],\"regions\":[\"999\"],"
                                + "\"url\":\"javascript:alert(1)\",\"sourceOrganisationId\":987654321}"),
                        uniqueText("anything"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("language")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("publicationYear")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetTypes")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("countries")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("regions")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("url")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sourceOrganisationId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("accessLevel")));
        upload(metadata("{not json"), uniqueText("x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("metadata"));
    }

    @Test
    void filesThatCannotBeReadAreRefusedWithATranslatedReasonAndNothingIsStored() throws Exception {
        var request = multipart("/api/v1/library/documents")
                .file(metadata(unique("Encrypted"), AccessLevel.PUBLIC, ""))
                .file(file("encrypted.pdf"))
                .header("Accept-Language", "fr");
        mvc.perform(request.with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("mot de passe")));
        upload(metadata(unique("Truncated"), AccessLevel.PUBLIC, ""), file("truncated.pdf"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("damaged")));
        upload(metadata(unique("Program"), AccessLevel.PUBLIC, ""), file("executable.pdf"))
                .andExpect(status().isUnsupportedMediaType());
        upload(
                        metadata(unique("Empty"), AccessLevel.PUBLIC, ""),
                        new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("empty")));
    }

    @Test
    void aDocumentTheCallerMayNotReadIsNotFoundRatherThanForbidden() throws Exception {
        long network =
                id(upload(metadata(unique("Network"), AccessLevel.NETWORK, ""), uniqueText("network only text")));
        long restricted = id(upload(
                metadata(unique("Restricted"), AccessLevel.RESTRICTED, "\"sharedWithAccounts\":[424242]"),
                uniqueText("restricted text")));

        for (long id : new long[] {network, restricted}) {
            mvc.perform(get("/api/v1/library/documents/" + id)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/library/documents/" + id + "/file")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/library/documents/" + network).with(SignedIn.as(Role.SITE_OPERATOR)))
                .andExpect(status().isOk());
        for (Role role : new Role[] {Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR}) {
            mvc.perform(get("/api/v1/library/documents/" + restricted).with(SignedIn.as(role)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/library/documents/" + restricted + "/file").with(SignedIn.as(role)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/library/documents/" + restricted).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sharedWithAccounts[0]").value("424242"));
        mvc.perform(get("/api/v1/library/documents/" + restricted + "/file")
                        .with(SignedIn.as(424242L, "shared@example.org", null, Role.EXPERT)))
                .andExpect(status().isOk());
    }
}
