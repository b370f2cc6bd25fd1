package org.vtprotect.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException.FieldProblem;

/** A form's errors, by field, in the order of the form: the message key of each field's first problem. */
public record FieldErrors(Map<String, String> byField) {

    public static final FieldErrors NONE = new FieldErrors(Map.of());

    static FieldErrors of(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(problem -> byField.putIfAbsent(problem.field(), problem.messageKey()));
        return new FieldErrors(byField);
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

    /** The ids an input is described by: its help text, if any, and its error, if any. */
    public @Nullable String describedBy(String field, boolean withHelp) {
        String ids = (withHelp ? field + "-help " : "") + (has(field) ? field + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}
