package org.vtprotect.library.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.library.DocumentView;

/** The upload or edit page: the document being edited (none when adding), the form as typed, its errors, the choices. */
public record DocumentFormPage(
        @Nullable DocumentView document,
        DocumentForm form,
        Map<String, String> errors,
        Map<String, String> targetTypes,
        Map<String, String> threatTypes,
        Map<String, String> themes,
        Map<String, String> actorTypes,
        Map<String, String> phases,
        Map<String, String> countries) {

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
        return document == null ? "/manage/library" : "/manage/library/" + document.id();
    }

    public String value(@Nullable String value) {
        return value == null ? "" : value;
    }
}
