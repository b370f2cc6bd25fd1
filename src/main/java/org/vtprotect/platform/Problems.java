package org.vtprotect.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds translated RFC 9457 problem+json bodies for the API, wherever the failure was caught. */
@Component
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    public Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, LocaleContextHolder.getLocale());
    }

    public String resolvable(MessageSourceResolvable error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    public ProblemDetail detail(HttpStatusCode status, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(message("problem." + status.value() + ".title"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public ResponseEntity<ProblemDetail> entity(
            HttpStatusCode status, String detail, List<Map<String, String>> errors) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, detail, errors));
    }

    /**
     * The same body as bytes, for filters and handlers that write the response themselves: the
     * fields, in the order, that Spring writes for the answers of {@link #entity}.
     */
    public byte[] bytes(HttpStatusCode status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        // no "type": absent means about:blank (RFC 9457), and Spring leaves it out too
        body.put("title", message("problem." + status.value() + ".title"));
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        return json.writeValueAsBytes(body);
    }

    /** Writes the problem for a status with its generic translated detail, as filters must. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status)
            throws IOException {
        // on an error dispatch the path asked for is kept aside; the request's own is /error
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = original instanceof String path ? path : request.getRequestURI();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(bytes(status, message("problem." + status.value() + ".detail"), instance));
    }
}
