package org.vtprotect.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Problems;

/**
 * Where the container sends every error no controller handled: a translated page for people, a
 * problem+json body for API clients. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        HttpStatus actual = statusOf(request);
        response.setStatus(actual.value());
        HttpStatus status = known(actual);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && (uri.equals("/api") || uri.startsWith("/api/"))) {
            problems.write(request, response, actual);
            return null;
        }
        model.addAttribute("status", status.value());
        model.addAttribute("titleKey", "problem." + status.value() + ".title");
        model.addAttribute("detailKey", "problem." + status.value() + ".detail");
        return "platform/error";
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof ProblemException problem) {
            return problem.status();
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** Statuses with their own translated text; any other is shown with its family's generic one. */
    static HttpStatus known(HttpStatus status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500 -> status;
            default -> status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }
}
