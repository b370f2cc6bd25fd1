package org.vtprotect.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator account the {@code test} profile creates, and real API tokens for it. */
public final class TestAdmin {

    public static final String EMAIL = "admin@example.org";
    public static final String PASSWORD = "admin-password-for-tests";

    private TestAdmin() {}

    /** A bearer token minted through {@code POST /api/v1/auth/token}, as an API client gets one. */
    public static String bearerToken(MockMvc mvc) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    /** The {@code Authorization} header value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
