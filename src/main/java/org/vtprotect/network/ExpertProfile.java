package org.vtprotect.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;

/**
 * An expert's profile as one viewer may see it: a field the viewer may not see is {@code null} (and
 * left out of the JSON). {@code visibility} is given only to staff and to the expert themself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpertProfile(
        long id,
        boolean sample,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String email,
        @Nullable String organisationName,
        @Nullable String countryIso3,
        @Nullable String position,
        @Nullable Gender gender,
        @Nullable Integer yearsOfExperience,
        @Nullable String biography,
        @Nullable Expertise expertise,
        @Nullable List<Language> languages,
        @Nullable List<String> regions,
        @Nullable List<String> links,
        @Nullable List<PublicationView> publications,
        @Nullable Availability availability,
        @Nullable Map<ProfileField, Visibility> visibility) {

    /** Codes of the four vocabularies. */
    public record Expertise(
            List<String> targetTypes, List<String> threatTypes, List<String> themes, List<String> actorTypes) {}

    public record Language(String code, LanguageLevel level) {}

    /** A publication; {@code documentId} and {@code documentTitle} only when the viewer may read the document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicationView(
            String citation,
            @Nullable Long documentId,
            @Nullable String documentTitle) {}

    /** Available for missions (today), what the expert adds, and until when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Availability(
            boolean available,
            @Nullable String note,
            @Nullable LocalDate until) {}

    /** Given and family name, or {@code null} when the viewer may not see them. */
    public @Nullable String name() {
        return givenName == null ? null : (givenName + " " + (familyName == null ? "" : familyName)).strip();
    }
}
