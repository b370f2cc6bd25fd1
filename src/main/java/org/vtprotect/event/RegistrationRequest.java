package org.vtprotect.event;

import org.jspecify.annotations.Nullable;

/**
 * A registration as the registrant (or an organiser for them) describes it. The organisation is
 * either one of the directory ({@code {"id"}}) or typed ({@code {"name","type","countryIso3"}}),
 * then matched to the one of that name in that country, whatever the case, or recorded.
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
        @Nullable Boolean consent) {

    /** An organisation of the directory by id, or as typed. */
    public record OrganisationChoice(
            @Nullable Long id,
            @Nullable String name,
            @Nullable String type,
            @Nullable String countryIso3) {}
}
