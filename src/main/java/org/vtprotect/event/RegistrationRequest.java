package org.vtprotect.event;

import org.jspecify.annotations.Nullable;

/**
 * A registration as the registrant (or an organiser for them) describes it. The organisation is
 * either one of the directory ({@code {"id"}}) or typed ({@code {"name","type","countryIso3"}}),
 * then matched to the one of that name in that country, whatever the case, or recorded. {@code
 * listed}: whether the person agrees to appear in the participants list (no answer: not listed).
 */
public record RegistrationRequest(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String email,
        @Nullable String gender,
        @Nullable OrganisationChoice organisation,
        @Nullable String representedCountryIso3,
        @Nullable String role,
        @Nullable String needs,
        @Nullable String language,
        @Nullable Boolean consent,
        @Nullable Boolean listed) {

    /** A request without an answer on the participants list (not listed). */
    public RegistrationRequest(
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String email,
            @Nullable String gender,
            @Nullable OrganisationChoice organisation,
            @Nullable String representedCountryIso3,
            @Nullable String role,
            @Nullable String needs,
            @Nullable String language,
            @Nullable Boolean consent) {
        this(
                givenName,
                familyName,
                email,
                gender,
                organisation,
                representedCountryIso3,
                role,
                needs,
                language,
                consent,
                null);
    }

    /** An organisation of the directory by id, or as typed. */
    public record OrganisationChoice(
            @Nullable Long id,
            @Nullable String name,
            @Nullable String type,
            @Nullable String countryIso3) {}
}
