package org.vtprotect.account.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * What is wrong with a submitted form, field by field (first problem per field), for the summary at
 * the top and the message beside each field. Field names are the ids of the inputs.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(List<FieldProblem> problems) {
        FormErrors errors = new FormErrors();
        problems.forEach(problem -> errors.add(problem.field(), problem.messageKey()));
        return errors;
    }

    public FormErrors add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message key of a field's problem, or an empty string. */
    public String key(String field) {
        return byField.getOrDefault(field, "");
    }

    public Map<String, String> all() {
        return Collections.unmodifiableMap(byField);
    }

    /** The input's CSS classes: Bootstrap's {@code is-invalid} when it is wrong. */
    public String inputClass(String field, String base) {
        return has(field) ? base + " is-invalid" : base;
    }

    /** The ids that describe an input: its help text (when it has one) and its error. */
    public @Nullable String describedBy(String field, boolean hasHelp) {
        String help = hasHelp ? field + "-help" : "";
        String error = has(field) ? field + "-error" : "";
        String both = (help + " " + error).strip();
        return both.isEmpty() ? null : both;
    }

    public @Nullable String invalid(String field) {
        return has(field) ? "true" : null;
    }
}
