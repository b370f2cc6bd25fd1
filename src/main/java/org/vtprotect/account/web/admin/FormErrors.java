package org.vtprotect.account.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.vtprotect.account.AccountAdministration;
import org.vtprotect.platform.ProblemException;

/**
 * What is wrong with a submitted form, for the template: one message key per field (shown beside
 * it and in the summary at the top), and messages that belong to no field.
 */
public final class FormErrors {

    /**
     * One line of the summary: the anchor and label key of its field (both null for a general
     * message) and the message key.
     */
    public record Line(@Nullable String anchor, @Nullable String labelKey, String messageKey) {}

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The problems a service reported, with the "address taken" conflict placed beside the e-mail field. */
    static FormErrors of(ProblemException problem) {
        FormErrors errors = new FormErrors();
        problem.fieldProblems().forEach(p -> errors.fields.putIfAbsent(p.field(), p.messageKey()));
        if (problem.status() == HttpStatus.CONFLICT && AccountAdministration.EMAIL_TAKEN.equals(problem.messageKey())) {
            errors.fields.putIfAbsent("email", problem.messageKey());
        } else if (problem.fieldProblems().isEmpty()) {
            errors.general.add(problem.messageKey());
        }
        return errors;
    }

    public boolean isEmpty() {
        return fields.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public @Nullable String get(String field) {
        return fields.get(field);
    }

    /** The summary, in the order of the form. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        general.forEach(key -> lines.add(new Line(null, null, key)));
        fields.forEach((field, key) -> lines.add(new Line(anchor(field), labelKey(field), key)));
        return lines;
    }

    private static String labelKey(String field) {
        return "administration.field." + ("organisationId".equals(field) ? "organisation" : field);
    }

    /** The id of the element a summary link should move to: the first checkbox for a group. */
    public static String anchor(String field) {
        return "roles".equals(field) ? "role-ADMINISTRATOR" : field;
    }
}
