package org.vtprotect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Every response, page or API, success or refusal, carries the security headers and a request id:
 * checked on each endpoint the application maps, for an anonymous caller and an administrator, and
 * on the responses no controller writes (refusals, unknown URLs, static files, the API docs).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseHeadersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    Stream<Arguments> everyEndpointAnonymousAndAsAdministrator() {
        return MappedEndpoint.all(context).stream()
                .flatMap(e -> Stream.of(Arguments.of(e, "anonymous"), Arguments.of(e, "ADMINISTRATOR")));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAnonymousAndAsAdministrator")
    void everyMappedEndpointAnswersWithTheSecurityHeaders(MappedEndpoint endpoint, String caller) throws Exception {
        MockHttpServletRequestBuilder request = endpoint.request();
        if (!caller.equals("anonymous")) {
            request.with(SignedIn.as(Role.ADMINISTRATOR));
        }
        assertSecurityHeaders(
                endpoint + " as " + caller, mvc.perform(request).andReturn().getResponse());
    }

    @Test
    void responsesNoControllerWritesCarryThemToo() throws Exception {
        var requests = new MockHttpServletRequestBuilder[] {
            get("/api/v1/nothing"), // 401 problem from the API chain
            get("/api/v1/nothing").with(SignedIn.as(Role.EXPERT)), // 403 problem
            get("/nothing-here"), // redirect to sign in
            get("/admin").with(SignedIn.as(Role.EXPERT)), // access denied page
            post("/logout"), // CSRF refusal
            get("/css/vtp.css"),
            get("/webjars/bootstrap/css/bootstrap.min.css"),
            get("/api/v1/openapi.json"),
            get("/actuator/health"),
            post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{")
        };
        for (var request : requests) {
            var response = mvc.perform(request).andReturn().getResponse();
            var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
            assertSecurityHeaders(built.getMethod() + " " + built.getRequestURI(), response);
        }
    }

    @Test
    void theApiDescriptionAndItsDocumentationArePublic() throws Exception {
        var description = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(description.getStatus()).isEqualTo(200);
        assertThat(description.getContentAsString()).contains("\"openapi\"").contains("/api/v1/auth/token");
        var docs = mvc.perform(get("/api/docs")).andReturn().getResponse();
        assertThat(docs.getStatus()).as("/api/docs leads to the Swagger UI").isIn(200, 302);
    }

    static void assertSecurityHeaders(String what, MockHttpServletResponse response) {
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as("%s: Content-Security-Policy", what).isNotBlank();
        String scripts = directive(csp, "script-src")
                .or(() -> directive(csp, "default-src"))
                .orElse("");
        assertThat(scripts)
                .as("%s: CSP restricts scripts without 'unsafe-inline' (%s)", what, csp)
                .isNotBlank()
                .doesNotContain("'unsafe-inline'")
                .doesNotContain("*");
        assertThat(directive(csp, "frame-ancestors"))
                .as("%s: CSP frame-ancestors", what)
                .contains("'none'");
        assertThat(response.getHeader("X-Content-Type-Options"))
                .as("%s: X-Content-Type-Options", what)
                .isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy"))
                .as("%s: Referrer-Policy", what)
                .isNotBlank()
                .doesNotContain("unsafe-url");
        assertThat(response.getHeader("X-Frame-Options"))
                .as("%s: X-Frame-Options", what)
                .isEqualTo("DENY");
        assertThat(response.getHeader("X-Request-Id"))
                .as("%s: X-Request-Id", what)
                .isNotBlank();
    }

    private static Optional<String> directive(String csp, String name) {
        return Arrays.stream(csp.split(";"))
                .map(String::strip)
                .filter(d -> d.equals(name) || d.startsWith(name + " "))
                .map(d -> d.substring(name.length()).strip())
                .findFirst();
    }
}
