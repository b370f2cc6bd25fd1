package org.vtprotect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;
import org.vtprotect.support.TestAdmin;

/** What a careless or hostile client gets: a clear 4xx, never the server's insides. */
@IntegrationTest
class BadInputIntegrationTests {

    /** A request body just over {@code vtp.web.max-body-size} (1MB). */
    private static final int OVERSIZE = 1024 * 1024 + 1;

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{",
                "not json at all",
                "{\"email\": \"a@example.org\", \"password\": ",
                "[1, 2, 3]",
                "{\"email\": {\"$ne\": null}, \"password\": [\"x\"]}",
                "{\"email\": \"a@example.org\", \"password\": \"x\", \"totpCode\": {\"a\": 1}}",
                "\"<script>alert(1)</script>\""
            })
    void malformedJsonIsA400ProblemThatRevealsNothingOfTheServer(String body) throws Exception {
        String problem = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").isString())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertRevealsNothing(problem);
    }

    @Test
    void sqlInAnAddressIsJustAWrongPassword() throws Exception {
        String problem = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"' OR 1=1 --\", \"password\": \"x'; DROP TABLE account; --\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertRevealsNothing(problem);
    }

    @Test
    void anOversizeApiBodyIsA413Problem() throws Exception {
        byte[] body = oversizeJson();
        String problem = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertRevealsNothing(problem);
    }

    @Test
    void anOversizeApiBodySentInChunksWithoutContentLengthIsA413ProblemToo() throws Exception {
        // MockMvc always knows the length of a body: a real client streaming chunks does not tell it
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(oversizeJson())))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertRevealsNothing(response.body());
    }

    @Test
    void anOversizeFormIsRefusedToo() throws Exception {
        mvc.perform(post("/login")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(oversizeJson()))
                .andExpect(status().is(413));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(SignedIn.as(Role.EXPERT))).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("email", TestAdmin.EMAIL).param("password", TestAdmin.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login/second-factor").param("code", "123456")).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownApiPathIsA401ForAnonymousAndA403EvenForAnAdministrator() throws Exception {
        mvc.perform(get("/api/v1/nothing"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Deny by default: a URL no module declares is refused by the security chain before any
        // handler is looked for, so an unknown URL reads as forbidden, not as missing. This also
        // keeps the API from telling a prober which URLs exist.
        String token = TestAdmin.bearerToken(mvc);
        mvc.perform(get("/api/v1/nothing").header("Authorization", TestAdmin.bearer(token)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anUnknownPageSendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/nothing-here"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void aBadBearerTokenIsA401ProblemNotAPage() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static byte[] oversizeJson() {
        byte[] body = new byte[OVERSIZE];
        Arrays.fill(body, (byte) 'a');
        byte[] start = "{\"email\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        return body;
    }

    /** No class name, exception, stack frame or SQL in what the client reads. */
    static void assertRevealsNothing(String body) {
        assertThat(body)
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("java.")
                .doesNotContain("org.springframework")
                .doesNotContain("tools.jackson")
                .doesNotContain("com.fasterxml")
                .doesNotContain("org.vtprotect")
                .doesNotContainPattern("\\bat [a-z]+\\.[\\w.$]+\\(")
                .doesNotContainPattern("(?i)\\b(select|insert|update|delete)\\b.+\\b(from|into|set)\\b")
                .doesNotContain("SQLState");
    }
}
