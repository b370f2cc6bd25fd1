package org.vtprotect.library;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vtprotect.platform.Role;
import org.vtprotect.support.SignedIn;

/** Starting bulk imports through the API as a programme officer, and waiting for them to be over. */
final class Imports {

    private Imports() {}

    static MockMultipartFile archive(byte[] bytes) {
        return new MockMultipartFile("archive", "batch.zip", "application/zip", bytes);
    }

    static ResultActions start(MockMvc mvc, byte[] zip) throws Exception {
        return mvc.perform(
                multipart("/api/v1/library/imports").file(archive(zip)).with(SignedIn.as(Role.PROGRAMME_OFFICER)));
    }

    /** Starts the import and returns its id. */
    static long started(MockMvc mvc, byte[] zip) throws Exception {
        String json = start(mvc, zip)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** The import's JSON once it is over (or fails the test after two minutes). */
    static String over(MockMvc mvc, long id, String language) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            String json = mvc.perform(get("/api/v1/library/imports/" + id)
                            .header("Accept-Language", language)
                            .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String state = JsonPath.read(json, "$.state");
            if (ImportState.valueOf(state).over()) {
                return json;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("import " + id + " still " + state + ": " + json);
            }
            Thread.sleep(200);
        }
    }
}
