package org.vtprotect.event.web;

import org.jspecify.annotations.Nullable;
import org.vtprotect.event.RegistrationRequest;
import org.vtprotect.event.RegistrationRequest.OrganisationChoice;

/**
 * The public registration form as typed: an organisation either picked from the directory
 * ({@code organisationId}) or typed (name, type, country), never both.
 */
public record RegistrationForm(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String email,
        @Nullable String organisationId,
        @Nullable String organisationName,
        @Nullable String organisationType,
        @Nullable String organisationCountry,
        @Nullable String representedCountry,
        @Nullable String gender,
        @Nullable String role,
        @Nullable String needs,
        @Nullable String consent,
        @Nullable String listed) {

    static final RegistrationForm EMPTY =
            new RegistrationForm(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The request for the service; an organisation id that is no number counts as not chosen. */
    RegistrationRequest request(String language) {
        Long id = null;
        if (organisationId != null && !organisationId.isBlank()) {
            try {
                id = Long.valueOf(organisationId.strip());
            } catch (NumberFormatException e) {
                id = -1L;
            }
        }
        OrganisationChoice organisation =
                id != null ? new OrganisationChoice(id, null, null, null) : typedOrganisation();
        return new RegistrationRequest(
                givenName,
                familyName,
                email,
                gender,
                organisation,
                representedCountry,
                role,
                needs,
                language,
                consented(),
                listingAgreed());
    }

    private @Nullable OrganisationChoice typedOrganisation() {
        boolean typed = organisationName != null && !organisationName.isBlank();
        return typed ? new OrganisationChoice(null, organisationName, organisationType, organisationCountry) : null;
    }

    public boolean consented() {
        return checked(consent);
    }

    /** Whether the box "may be listed in the participants list" is ticked. */
    public boolean listingAgreed() {
        return checked(listed);
    }

    private static boolean checked(@Nullable String box) {
        return box != null && !box.isBlank() && !"false".equals(box);
    }
}
