package org.vtprotect.account;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.SignedIn;

/** Small factories for the administration tests: unique addresses, the test administrator, new accounts. */
final class AdministrationFixtures {

    static final String ADMIN_EMAIL = "admin@example.org";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final String PASSWORD = "a-long-enough-password";

    private AdministrationFixtures() {}

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static long adminId(AccountRepository accounts) {
        return accounts.findByEmail(ADMIN_EMAIL).orElseThrow().id();
    }

    /** Requests made as the first administrator, the real account of the test profile. */
    static RequestPostProcessor asAdmin(AccountRepository accounts) {
        return SignedIn.as(adminId(accounts), ADMIN_EMAIL, null, Role.ADMINISTRATOR);
    }

    static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String newAccountJson(
            String email, String displayName, @Nullable String password, @Nullable Long organisationId, Role... roles) {
        String roleList = Arrays.stream(roles).map(r -> json(r.name())).collect(Collectors.joining(","));
        return "{\"email\":" + json(email) + ",\"displayName\":" + json(displayName) + ",\"roles\":[" + roleList
                + "]" + (organisationId == null ? "" : ",\"organisationId\":" + organisationId)
                + (password == null ? "" : ",\"password\":" + json(password)) + "}";
    }

    /** Opens an account through the API as the administrator; returns its id. */
    static long create(
            MockMvc mvc,
            AccountRepository accounts,
            String email,
            String name,
            @Nullable String password,
            Role... roles)
            throws Exception {
        String body = mvc.perform(post("/api/v1/users")
                        .with(asAdmin(accounts))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccountJson(email, name, password, null, roles)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** Mints an API token with a password, as a script would. */
    static String token(MockMvc mvc, String email, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":" + json(email) + ",\"password\":" + json(password) + "}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
