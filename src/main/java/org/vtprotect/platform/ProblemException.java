package org.vtprotect.platform;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A failure the user caused or must know about, with its HTTP status and a message key that is
 * translated when shown: problem+json under {@code /api}, the error page elsewhere.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] arguments;
    private final List<FieldProblem> fieldProblems;
    private @Nullable Duration retryAfter;

    /** One field's error: the field name as the client sent it, and a message key. */
    public record FieldProblem(String field, String messageKey) {}

    public ProblemException(HttpStatus status, String messageKey, Object... arguments) {
        this(status, messageKey, List.of(), arguments);
    }

    private ProblemException(
            HttpStatus status, String messageKey, List<FieldProblem> fieldProblems, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "problem.notFound");
    }

    public static ProblemException conflict(String messageKey, Object... arguments) {
        return new ProblemException(HttpStatus.CONFLICT, messageKey, arguments);
    }

    /** A 400 naming the fields at fault. */
    public static ProblemException invalid(List<FieldProblem> problems) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "problem.validation", problems);
    }

    public static ProblemException invalid(String field, String messageKey) {
        return invalid(List.of(new FieldProblem(field, messageKey)));
    }

    /** Tells the client when to try again ({@code Retry-After}), for 429 and 503. */
    public ProblemException retryAfter(Duration wait) {
        this.retryAfter = wait;
        return this;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
