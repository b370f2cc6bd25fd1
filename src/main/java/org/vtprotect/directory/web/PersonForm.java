package org.vtprotect.directory.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;
import org.vtprotect.directory.People.Details;
import org.vtprotect.directory.People.View;
import org.vtprotect.platform.ProblemException.FieldProblem;

/** The person form as typed, kept as it is to show it again with its errors. */
public record PersonForm(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String email,
        @Nullable String gender,
        @Nullable String organisationId,
        @Nullable String countryIso3) {

    static PersonForm forOrganisation(@Nullable Long organisationId) {
        return new PersonForm(
                null,
                null,
                null,
                Gender.UNDISCLOSED.name(),
                organisationId == null ? null : organisationId.toString(),
                null);
    }

    static PersonForm of(View person) {
        return new PersonForm(
                person.givenName(),
                person.familyName(),
                person.email(),
                person.gender().name(),
                person.organisationId() == null ? null : person.organisationId().toString(),
                person.countryIso3());
    }

    /** Choices no form offers (a gender or organisation that is not in the list), before anything else is checked. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (chosenGender() == null) {
            problems.add(new FieldProblem("gender", "person.gender.unknown"));
        }
        if (organisationId != null && !organisationId.isBlank() && organisation() == null) {
            problems.add(new FieldProblem("organisationId", "person.organisation.unknown"));
        }
        return problems;
    }

    Details details() {
        return new Details(email, givenName, familyName, chosenGender(), organisation(), countryIso3);
    }

    private @Nullable Gender chosenGender() {
        if (gender == null || gender.isBlank()) {
            return Gender.UNDISCLOSED;
        }
        try {
            return Gender.valueOf(gender.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private @Nullable Long organisation() {
        if (organisationId == null || organisationId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(organisationId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
