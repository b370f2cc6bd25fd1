package org.vtprotect.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.vtprotect.directory.People.Details;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;

/** What is wrong with a person's details, field by field, before they are recorded. */
public record PersonCheck(OrganisationRepository organisations, Countries countries) {

    public List<FieldProblem> problems(Details details) {
        return problems(details, organisations::existsById);
    }

    /** The ids among these that are recorded organisations, asked in one query per thousand (an import). */
    public Set<Long> recordedOrganisations(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        Set<Long> recorded = new HashSet<>();
        for (int from = 0; from < distinct.size(); from += 1_000) {
            recorded.addAll(
                    organisations.findIdsByIdIn(distinct.subList(from, Math.min(from + 1_000, distinct.size()))));
        }
        return recorded;
    }

    /** The same, asking {@code organisationExists} whether an organisation id is known (an import asks once per id). */
    public List<FieldProblem> problems(Details details, Predicate<Long> organisationExists) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.email() == null || details.email().isBlank()) {
            problems.add(new FieldProblem("email", "person.email.required"));
        } else if (!Person.isEmail(details.email())) {
            problems.add(new FieldProblem("email", "person.email.invalid"));
        }
        name(details.givenName(), "givenName", false, problems);
        name(details.familyName(), "familyName", true, problems);
        if (details.organisationId() != null && !organisationExists.test(details.organisationId())) {
            problems.add(new FieldProblem("organisationId", "person.organisation.unknown"));
        }
        String country = details.countryIso3();
        if (country != null && !country.isBlank() && !countries.exists(country)) {
            problems.add(new FieldProblem("countryIso3", "person.country.unknown"));
        }
        return problems;
    }

    private static void name(String value, String field, boolean required, List<FieldProblem> problems) {
        String name = PlainText.tidyOrNull(value);
        if (name == null) {
            if (required) {
                problems.add(new FieldProblem(field, "person." + field + ".required"));
            }
        } else if (name.length() > Person.NAME_MAX) {
            problems.add(new FieldProblem(field, "person.name.tooLong"));
        } else if (PlainText.hasControlCharacters(name)) {
            problems.add(new FieldProblem(field, "directory.field.controlCharacters"));
        }
    }
}
