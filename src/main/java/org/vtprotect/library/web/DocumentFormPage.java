package org.vtprotect.library.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.library.DocumentView;

/**
 * The upload or edit page: the document being edited (none when adding) and the version of it the
 * form was opened on, the form as typed, its errors, a message above the form (a change someone
 * else saved meanwhile), and the choices.
 */
public record DocumentFormPage(
        @Nullable DocumentView document,
        long version,
        DocumentForm form,
        Map<String, String> errors,
        @Nullable String alert,
        Choices choices) {

    /** What the lists of the form offer: code or id to its name in the reader's language. */
    public record Choices(
            Map<String, String> targetTypes,
            Map<String, String> threatTypes,
            Map<String, String> themes,
            Map<String, String> actorTypes,
            Map<String, String> phases,
            Map<String, String> countries,
            Map<String, String> regions,
            Map<String, String> organisations) {}

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public @Nullable String invalid(String field) {
        return has(field) ? "true" : null;
    }

    public @Nullable String describedBy(String field) {
        return has(field) ? field + "-error" : null;
    }

    public String action() {
        return document == null ? "/manage/library" : DocumentCurationPages.path(document.id()) + "/edit";
    }

    public String value(@Nullable String value) {
        return value == null ? "" : value;
    }
}
