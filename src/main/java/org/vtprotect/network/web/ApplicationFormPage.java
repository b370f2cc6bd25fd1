package org.vtprotect.network.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The application form: what was typed, its errors, and the choices of each list as code to label
 * in the reader's language and reading order.
 */
public record ApplicationFormPage(ApplicationForm form, FieldErrors errors, Choices choices) {

    /** Code to label for every list the form offers. */
    public record Choices(
            Map<String, String> countries,
            Map<String, String> genders,
            Map<String, String> targetTypes,
            Map<String, String> threatTypes,
            Map<String, String> themes,
            Map<String, String> actorTypes,
            Map<String, String> regions,
            Map<String, String> levels,
            Map<String, String> unLanguages,
            Map<String, String> otherLanguages) {}

    public String value(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean selected(String option, @Nullable String chosen) {
        return chosen != null && option.equalsIgnoreCase(chosen.strip());
    }

    public boolean ticked(@Nullable List<String> ticked, String code) {
        return ApplicationForm.ticked(ticked, code);
    }
}
