package org.vtprotect.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Each request is logged once, with its id, and never with its query string. */
class RequestIdFilterTests {

    private final Logger logger = (Logger) LoggerFactory.getLogger("org.vtprotect.request");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        logger.setLevel(Level.INFO);
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
        logger.setLevel(previous);
    }

    @Test
    void logsOneLineWithTheRequestIdAndWithoutTheQuery() throws Exception {
        var request = new MockHttpServletRequest("GET", "/password/reset");
        request.setQueryString("token=secret-one-time-token");
        request.addHeader("X-Request-Id", "report-4711-abc");
        var response = new MockHttpServletResponse();

        new RequestIdFilter().doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("X-Request-Id")).isEqualTo("report-4711-abc");
        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getMDCPropertyMap()).containsEntry("requestId", "report-4711-abc");
            assertThat(line.getFormattedMessage())
                    .startsWith("GET /password/reset 200")
                    .doesNotContain("secret");
        });
    }

    @Test
    void replacesAnIdThatCouldForgeLogLines() throws Exception {
        var request = new MockHttpServletRequest("GET", "/");
        request.addHeader("X-Request-Id", "x\nFAKE LOG LINE");
        var response = new MockHttpServletResponse();

        new RequestIdFilter().doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader("X-Request-Id")).doesNotContain("FAKE").hasSize(36);
    }
}
