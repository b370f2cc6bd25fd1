package org.vtprotect.event.web.manage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException;

/**
 * A form's problems: each field's first message key, in the order the service named them; a
 * problem of no field (a conflict) under {@code ""}, shown only in the summary.
 */
public record FieldErrors(Map<String, String> byField) {

    static final FieldErrors NONE = new FieldErrors(Map.of());

    /** The problems of a refused request; {@code formField} turns the service's field names into the form's. */
    static FieldErrors of(ProblemException e, UnaryOperator<String> formField) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.fieldProblems().isEmpty()) {
            errors.put("", e.messageKey());
        }
        e.fieldProblems().forEach(p -> errors.putIfAbsent(formField.apply(p.field()), p.messageKey()));
        return new FieldErrors(errors);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable String key(String field) {
        return byField.get(field);
    }

    public @Nullable String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /** The help (when there is one) and the error of a field, as {@code aria-describedby} wants them. */
    public @Nullable String describedBy(String field, boolean help) {
        String described = (help ? field + "-help" : "") + (has(field) ? (help ? " " : "") + field + "-error" : "");
        return described.isEmpty() ? null : described;
    }
}
