package org.vtprotect.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.TestAdmin;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client reads every API refusal the same way, whichever part of the platform wrote it: the
 * security filters (401, 403), the size limit (413) or a controller (404, 400). Checked over real
 * HTTP, as a client meets them.
 */
@IntegrationTest
class ProblemShapeIntegrationTests {

    private static final List<String> FIELDS = List.of("title", "status", "detail", "instance");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyRefusalHasTheSameFieldsAndNamesThePathAskedFor() throws Exception {
        String token = TestAdmin.bearerToken(mvc);
        var cases = List.of(
                new Case(request("/api/v1/users").GET(), 401), // the API chain's entry point
                new Case(request("/api/v1/library/documents/987654321").GET(), 404), // a controller
                new Case(
                        request("/api/v1/users?size=100000")
                                .header("Authorization", "Bearer " + token)
                                .GET(),
                        400),
                new Case(
                        request("/api/v1/no-such-thing")
                                .header("Authorization", "Bearer " + token)
                                .GET(),
                        403), // undeclared, so denied by the API chain's access rules
                new Case(
                        request("/api/v1/organisations")
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString("[" + "0,".repeat(1_100_000) + "0]")),
                        413)); // the size limit filter

        List<String> seen = new ArrayList<>();
        for (Case c : cases) {
            HttpRequest request = c.request().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String path = request.uri().getRawPath();
            assertThat(response.statusCode()).as(path).isEqualTo(c.status());
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            @SuppressWarnings("unchecked")
            Map<String, Object> body = json.readValue(response.body(), Map.class);
            assertThat(body.keySet()).as(path).containsAll(FIELDS);
            assertThat(body.keySet()).as(path).isSubsetOf(union(FIELDS, List.of("errors")));
            assertThat(body).as(path).containsEntry("status", c.status()).containsEntry("instance", path);
            assertThat((String) body.get("detail")).as(path).isNotBlank().doesNotContain("Exception");
            seen.add(path);
        }
        assertThat(seen).hasSize(cases.size());
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private record Case(HttpRequest.Builder request, int status) {}
}
