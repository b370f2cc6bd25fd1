package org.vtprotect.network.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.vtprotect.platform.ProblemException;

/**
 * A form's errors as the reader sees them: each field's first problem as text, a problem of no
 * field under {@code ""}, and what {@code aria-invalid} and {@code aria-describedby} need.
 */
public record FieldErrors(Map<String, String> texts) {

    public static final FieldErrors NONE = new FieldErrors(Map.of());

    /** The problems of an exception, the service's field names mapped to the form's. */
    static FieldErrors of(ProblemException e, MessageSource messages, Locale locale, UnaryOperator<String> formField) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (e.fieldProblems().isEmpty()) {
            texts.put("", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        e.fieldProblems()
                .forEach(p -> texts.putIfAbsent(
                        formField.apply(p.field()), messages.getMessage(p.messageKey(), null, p.messageKey(), locale)));
        return new FieldErrors(texts);
    }

    public boolean any() {
        return !texts.isEmpty();
    }

    public boolean has(String field) {
        return texts.containsKey(field);
    }

    public @Nullable String error(String field) {
        return texts.get(field);
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
