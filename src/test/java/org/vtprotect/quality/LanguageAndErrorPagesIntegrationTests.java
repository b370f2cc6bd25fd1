package org.vtprotect.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.support.IntegrationTest;

/** The reader's language is chosen, remembered and applied, error pages included. */
@IntegrationTest
class LanguageAndErrorPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "/error/{0}")
    @ValueSource(ints = {403, 404})
    void errorPagesAreTranslatedAndShowNoStackTrace(int status) throws Exception {
        Document english = page(get("/error/" + status), status);
        Document french = page(get("/error/" + status).param("lang", "fr"), status);
        assertThat(english.select("h1").text()).isNotBlank();
        assertThat(french.select("h1").text())
                .isNotBlank()
                .isNotEqualTo(english.select("h1").text());
        assertThat(french.select("main").text())
                .isNotEqualTo(english.select("main").text());
        assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
        assertNoStackTrace(english.outerHtml());
        assertNoStackTrace(french.outerHtml());
    }

    @Test
    void aMissingPageServedByTheContainerIsTheTranslatedErrorPage() throws Exception {
        // a static file that does not exist: not found by the resource handler, then rendered by the
        // container's error dispatch, which MockMvc does not perform
        var english = http("/css/nothing-here.css");
        var arabic = http("/css/nothing-here.css?lang=ar");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(arabic.statusCode()).isEqualTo(404);
        Document en = Jsoup.parse(english.body());
        Document ar = Jsoup.parse(arabic.body());
        assertThat(en.select("h1").text()).isNotBlank();
        assertThat(ar.select("h1").text())
                .isNotBlank()
                .isNotEqualTo(en.select("h1").text());
        assertThat(ar.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertNoStackTrace(english.body());
        assertNoStackTrace(arabic.body());
        assertThat(english.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(english.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void arabicFromTheBrowserReadsRightToLeft() throws Exception {
        Document page = page(get("/").header("Accept-Language", "ar,en;q=0.5"), 200);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
        assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("link[href*=bootstrap.rtl]")).isNotEmpty();
    }

    @Test
    void aChosenLanguageIsRememberedInACookieAndWinsOverTheBrowser() throws Exception {
        MockHttpServletResponse chosen =
                mvc.perform(get("/").param("lang", "ru")).andReturn().getResponse();
        Cookie cookie = chosen.getCookie("vtp-lang");
        assertThat(cookie).as("the lang cookie").isNotNull();
        assertThat(cookie.getValue()).isEqualTo("ru");
        assertThat(chosen.getHeader("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");

        Document later = page(get("/privacy").cookie(cookie).header("Accept-Language", "zh"), 200);
        assertThat(later.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(later.selectFirst("html").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void anUnknownOrMalformedLanguageFallsBackToEnglish() throws Exception {
        Document unknown = page(get("/").param("lang", "xx").header("Accept-Language", "de-DE;q=nonsense"), 200);
        assertThat(unknown.selectFirst("html").attr("lang")).isEqualTo("en");
        Document script = page(get("/").param("lang", "<script>"), 200);
        assertThat(script.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theRequestIdIsReturnedAndASaneOneFromTheCallerKept() throws Exception {
        var own = mvc.perform(get("/").header("X-Request-Id", "client-req-12345"))
                .andReturn()
                .getResponse();
        assertThat(own.getHeader("X-Request-Id")).isEqualTo("client-req-12345");
        var injected = mvc.perform(get("/").header("X-Request-Id", "bad\r\nSet-Cookie: x=1"))
                .andReturn()
                .getResponse();
        assertThat(injected.getHeader("X-Request-Id")).isNotBlank().doesNotContain("Set-Cookie");
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> http(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoStackTrace(String html) {
        assertThat(html)
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("java.")
                .doesNotContainPattern("\\bat [a-z]+\\.[\\w.$]+\\(");
    }
}
