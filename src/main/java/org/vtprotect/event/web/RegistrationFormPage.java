package org.vtprotect.event.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventView;

/**
 * The registration page: the event, the form as typed, each field's error as text (a problem of no
 * field under {@code ""}), and the choices of the selects, value to label in reading order.
 */
public record RegistrationFormPage(
        EventView event,
        RegistrationForm form,
        Map<String, String> errors,
        Map<String, String> organisations,
        Map<String, String> organisationTypes,
        Map<String, String> countries,
        Map<String, String> genders,
        Map<String, String> roles) {

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public @Nullable String invalid(String field) {
        return has(field) ? "true" : null;
    }

    /** The help (when there is one) and the error of a field, as {@code aria-describedby} wants them. */
    public @Nullable String describedBy(String field, boolean help) {
        String described = (help ? field + "-help" : "") + (has(field) ? (help ? " " : "") + field + "-error" : "");
        return described.isEmpty() ? null : described;
    }

    public String value(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean selected(String option, @Nullable String chosen) {
        return chosen != null && option.equalsIgnoreCase(chosen.strip());
    }

    public String action() {
        return "/events/" + event.id() + "/register";
    }

    /** Whether the page offers the form: registration is open for everyone. */
    public boolean open() {
        return event.registrationOpen() && event.visibility() == org.vtprotect.event.Visibility.PUBLIC;
    }
}
