package org.vtprotect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The embedded default: every migration runs on H2, the first administrator exists and can get a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class H2SmokeIntegrationTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void homePageRendersInEnglishAndArabic() throws Exception {
        var english = get("/");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body()).contains("<html lang=\"en\" dir=\"ltr\"");
        var arabic = get("/?lang=ar");
        assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\"").contains("bootstrap.rtl.min.css");
    }

    @Test
    void firstAdministratorGetsATokenAndSeesThemselves() throws Exception {
        var token = http.send(
                HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"admin@example.org\",\"password\":\"admin-password-for-tests\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(201);
        String value = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        var me = http.send(
                HttpRequest.newBuilder(uri("/api/v1/me"))
                        .header("Authorization", "Bearer " + value)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"admin@example.org\"").contains("ADMINISTRATOR");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
