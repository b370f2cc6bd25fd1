package org.vtprotect.directory.web;

import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Organisations.Details;
import org.vtprotect.directory.Organisations.View;

/** The organisation form as typed, kept as it is to show it again with its errors. */
public record OrganisationForm(
        @Nullable String name,
        @Nullable String acronym,
        @Nullable String type,
        @Nullable String countryIso3) {

    static final OrganisationForm EMPTY = new OrganisationForm(null, null, null, null);

    static OrganisationForm of(View organisation) {
        return new OrganisationForm(
                organisation.name(), organisation.acronym(), organisation.type(), organisation.countryIso3());
    }

    Details details() {
        return new Details(name, acronym, type, countryIso3);
    }
}
