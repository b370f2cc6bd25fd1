package org.vtprotect.platform.web;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Problems;

/**
 * Turns every failure of an API controller into RFC 9457 problem+json with a translated title and
 * detail. Nothing about the server's insides (stack, SQL, class names) is ever written out.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Problems problems;

    ApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        List<Map<String, String>> errors = e.fieldProblems().stream()
                .map(p -> Map.of("field", p.field(), "message", problems.message(p.messageKey())))
                .toList();
        ResponseEntity<ProblemDetail> response =
                problems.entity(e.status(), problems.message(e.messageKey(), e.arguments()), errors);
        if (e.retryAfter() != null) {
            return ResponseEntity.status(response.getStatusCode())
                    .headers(response.getHeaders())
                    .header(
                            "Retry-After",
                            String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                    .body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
        return problems.entity(HttpStatus.CONFLICT, problems.message("problem.concurrentChange"), List.of());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(this::fieldError)
                .toList();
        return problems.entity(HttpStatus.BAD_REQUEST, problems.message("problem.validation"), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> Map.of(
                                "field",
                                String.valueOf(r.getMethodParameter().getParameterName()),
                                "message",
                                problems.resolvable(err))))
                .toList();
        return problems.entity(HttpStatus.BAD_REQUEST, problems.message("problem.validation"), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        return problems.entity(HttpStatus.BAD_REQUEST, problems.message("problem.malformed"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return problems.entity(
                HttpStatus.BAD_REQUEST,
                problems.message("problem.validation"),
                List.of(Map.of("field", e.getName(), "message", problems.message("problem.field.invalid"))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problems.entity(HttpStatus.FORBIDDEN, problems.message("problem.403.detail"), List.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return problems.entity(HttpStatus.UNAUTHORIZED, problems.message("problem.401.detail"), List.of());
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLarge e) {
        return problems.entity(HttpStatus.CONTENT_TOO_LARGE, problems.message("problem.413.detail"), List.of());
    }

    /** Framework failures that know their status (405, 415, missing parameter...), and the unexpected. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (e instanceof ErrorResponse known) {
            HttpStatusCode status = known.getStatusCode();
            String key = "problem."
                    + ErrorPages.known(HttpStatus.valueOf(status.value())).value() + ".detail";
            return problems.entity(status, problems.message(key), List.of());
        }
        log.error("Unexpected failure of an API call", e);
        return problems.entity(HttpStatus.INTERNAL_SERVER_ERROR, problems.message("problem.500.detail"), List.of());
    }

    private Map<String, String> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", problems.resolvable(error));
    }
}
