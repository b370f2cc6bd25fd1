package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.library.LibraryFixtures.metadata;
import static org.vtprotect.library.LibraryFixtures.unique;
import static org.vtprotect.library.LibraryFixtures.uniqueText;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Curating a document over the API: a new description guarded by its version (ETag / If-Match or
 * a {@code version} member: a stale one is a 409), a new file, withdrawal and reinstatement, each
 * change seen by search at once, and every one of them refused to other roles.
 */
@IntegrationTest
class DocumentCurationApiIntegrationTests {

    static final RequestPostProcessor OFFICER = SignedIn.as(Role.PROGRAMME_OFFICER);

    @Autowired
    MockMvc mvc;

    long add(String title, String text) throws Exception {
        String json = mvc.perform(multipart("/api/v1/library/documents")
                        .file(metadata(title, AccessLevel.PUBLIC, "\"language\":\"en\""))
                        .file(uniqueText(text))
                        .with(OFFICER))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String etag(long id) throws Exception {
        return mvc.perform(get("/api/v1/library/documents/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
    }

    List<Long> found(String words) throws Exception {
        List<Number> ids = JsonPath.read(
                mvc.perform(get("/api/v1/library/search").param("q", words))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    @Test
    void aStaleVersionIsRefusedWithA409AndTheCurrentOneIsAccepted() throws Exception {
        long id = add(unique("Api edit"), "text");
        String opened = etag(id);
        assertThat(opened).matches("\"\\d+\"");
        String word = "apiedit" + id;

        String changed = mvc.perform(put("/api/v1/library/documents/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", opened)
                        .content("{\"title\":\"First " + word + "\",\"accessLevel\":\"PUBLIC\",\"language\":\"en\"}")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("First " + word))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(changed).isNotEqualTo(opened).isEqualTo(etag(id));
        assertThat(found(word)).contains(id);

        mvc.perform(put("/api/v1/library/documents/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", opened)
                        .content("{\"title\":\"Lost\",\"accessLevel\":\"PUBLIC\"}")
                        .with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Someone else saved")));
        long staleVersion = Long.parseLong(opened.replace("\"", ""));
        mvc.perform(put("/api/v1/library/documents/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Lost\",\"accessLevel\":\"PUBLIC\",\"version\":" + staleVersion + "}")
                        .with(OFFICER))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/library/documents/" + id))
                .andExpect(jsonPath("$.title").value("First " + word));

        mvc.perform(put("/api/v1/library/documents/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Second\",\"accessLevel\":\"PUBLIC\",\"version\":\"x\"}")
                        .with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(put("/api/v1/library/documents/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1,2]")
                        .with(OFFICER))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/library/documents/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"accessLevel\":\"PUBLIC\",\"countries\":[\"XXX\"]}")
                        .with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("title", "countries")));
        mvc.perform(put("/api/v1/library/documents/987654321")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"accessLevel\":\"PUBLIC\"}")
                        .with(OFFICER))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNewFileIsANewVersionThatSearchFinds() throws Exception {
        long id = add(unique("Api file"), "first text apifileold" + System.nanoTime());
        String word = "apifilenew" + System.nanoTime();
        mvc.perform(multipart("/api/v1/library/documents/" + id + "/file")
                        .file(new MockMultipartFile("file", "v2.txt", "text/plain", ("second " + word).getBytes()))
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.files.length()").value(2))
                .andExpect(jsonPath("$.files[1].version").value(2))
                .andExpect(jsonPath("$.files[1].fileName").value("v2.txt"))
                .andExpect(jsonPath("$.files[1].addedBy").value("someone@example.org"))
                .andExpect(jsonPath("$.fileName").value("v2.txt"));
        assertThat(found(word)).contains(id);
        mvc.perform(multipart("/api/v1/library/documents/" + id + "/file").with(OFFICER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/library/documents/" + id + "/file")
                        .file(new MockMultipartFile("file", "v2.txt", "text/plain", ("second " + word).getBytes()))
                        .with(OFFICER))
                .andExpect(status().isConflict());
    }

    @Test
    void aWithdrawnDocumentIsHiddenUntilReinstated() throws Exception {
        String word = "apiwithdraw" + System.nanoTime();
        long id = add(unique("Api withdraw"), "text " + word);
        mvc.perform(post("/api/v1/library/documents/" + id + "/withdrawal").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn").value(true));
        mvc.perform(get("/api/v1/library/documents/" + id)).andExpect(status().isNotFound());
        assertThat(found(word)).doesNotContain(id);
        mvc.perform(delete("/api/v1/library/documents/" + id + "/withdrawal").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawn").value(false));
        mvc.perform(get("/api/v1/library/documents/" + id)).andExpect(status().isOk());
        assertThat(found(word)).contains(id);
    }

    @Test
    void otherRolesMayNotCurate() throws Exception {
        long id = add(unique("Api roles"), "text");
        for (Role role : List.of(Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR)) {
            mvc.perform(put("/api/v1/library/documents/" + id)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"x\",\"accessLevel\":\"PUBLIC\"}")
                            .with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/library/documents/" + id + "/withdrawal").with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/library/documents/" + id + "/withdrawal")
                            .with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/library/documents/" + id + "/withdrawal")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/library/documents/" + id))
                .andExpect(jsonPath("$.withdrawn").value(false));
    }
}
