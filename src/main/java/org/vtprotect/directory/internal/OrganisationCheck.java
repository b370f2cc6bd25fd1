package org.vtprotect.directory.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Organisations.Details;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** What is wrong with an organisation's details, field by field, before it is recorded. */
public record OrganisationCheck(Taxonomy taxonomy, Countries countries) {

    public List<FieldProblem> problems(Details details) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = PlainText.tidyOrNull(details.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "organisation.name.required"));
        } else if (name.length() > Organisation.NAME_MAX) {
            problems.add(new FieldProblem("name", "organisation.name.tooLong"));
        } else if (PlainText.hasControlCharacters(name)) {
            problems.add(new FieldProblem("name", "directory.field.controlCharacters"));
        }
        String acronym = PlainText.tidyOrNull(details.acronym());
        if (acronym != null && acronym.length() > Organisation.ACRONYM_MAX) {
            problems.add(new FieldProblem("acronym", "organisation.acronym.tooLong"));
        } else if (PlainText.hasControlCharacters(acronym)) {
            problems.add(new FieldProblem("acronym", "directory.field.controlCharacters"));
        }
        String type = blankToNull(details.type());
        if (type == null) {
            problems.add(new FieldProblem("type", "organisation.type.required"));
        } else if (!taxonomy.contains(Vocabulary.ORGANISATION_TYPES, type)) {
            problems.add(new FieldProblem("type", "organisation.type.unknown"));
        }
        String country = blankToNull(details.countryIso3());
        if (country == null) {
            if (type != null && !Organisation.countryOptional(type)) {
                problems.add(new FieldProblem("countryIso3", "organisation.country.required"));
            }
        } else if (!countries.exists(country)) {
            problems.add(new FieldProblem("countryIso3", "organisation.country.unknown"));
        }
        return problems;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
