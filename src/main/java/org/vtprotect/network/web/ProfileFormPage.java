package org.vtprotect.network.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.ExpertProfile.PublicationView;
import org.vtprotect.network.ProfileField;
import org.vtprotect.network.Visibility;

/**
 * The profile editor: the details as typed (the application form's fields), who sees each field,
 * availability, the version read, the errors, the choices, and the library documents linked.
 */
public record ProfileFormPage(
        ApplicationForm form,
        String email,
        Map<ProfileField, String> visibility,
        boolean available,
        @Nullable String availabilityNote,
        @Nullable String availableUntil,
        long version,
        List<PublicationView> linked,
        FieldErrors errors,
        ApplicationFormPage.Choices choices,
        @Nullable String notice) {

    public List<ProfileField> fields() {
        return List.of(ProfileField.values());
    }

    public List<Visibility> visibilities() {
        return List.of(Visibility.values());
    }

    public boolean shows(ProfileField field, Visibility visibility) {
        String chosen = this.visibility.get(field);
        return chosen == null
                ? field.byDefault() == visibility
                : visibility.name().equals(chosen);
    }

    public String value(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean selected(String option, @Nullable String chosen) {
        return chosen != null && option.equalsIgnoreCase(chosen.strip());
    }
}
