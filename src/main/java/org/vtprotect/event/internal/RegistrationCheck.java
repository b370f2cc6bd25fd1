package org.vtprotect.event.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Gender;
import org.vtprotect.directory.Organisations;
import org.vtprotect.event.ParticipantRole;
import org.vtprotect.event.RegistrationRequest;
import org.vtprotect.event.RegistrationRequest.OrganisationChoice;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** Checks a registration request field by field and answers a 400 naming every field at fault. */
@Component
public class RegistrationCheck {

    /** Organisation types that belong to no one country (as the directory has them). */
    private static final Set<String> INTERNATIONAL =
            Set.of("UN_ENTITY", "INTERNATIONAL_ORGANISATION", "REGIONAL_ORGANISATION");

    /** A checked request: an organisation by id, or typed (id null), or none. */
    public record Checked(
            String email,
            String givenName,
            String familyName,
            Gender gender,
            @Nullable OrganisationChoice organisation,
            @Nullable String representedCountryIso3,
            ParticipantRole role,
            @Nullable String needs,
            String language,
            boolean consent,
            boolean listed) {}

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Organisations organisations;

    RegistrationCheck(Taxonomy taxonomy, Countries countries, Organisations organisations) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.organisations = organisations;
    }

    /** The checked request; {@code consentRequired} for people registering themselves. */
    public Checked check(RegistrationRequest r, boolean consentRequired, Locale locale) {
        return check(r, consentRequired, locale, id -> organisations.find(id).isPresent());
    }

    /** The same, asking {@code organisationKnown} whether a chosen organisation id exists (an import knows). */
    public Checked check(
            RegistrationRequest r, boolean consentRequired, Locale locale, Predicate<Long> organisationKnown) {
        List<FieldProblem> problems = new ArrayList<>();
        String email = tidy(r.email());
        if (email == null || email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("email", "event.registration.email.invalid"));
        }
        String given = name(r.givenName(), "givenName", problems);
        String family = name(r.familyName(), "familyName", problems);
        Gender gender = parse(Gender.class, r.gender(), Gender.UNDISCLOSED, "gender", problems);
        ParticipantRole role = parse(ParticipantRole.class, r.role(), ParticipantRole.PARTICIPANT, "role", problems);
        String represented = tidy(r.representedCountryIso3());
        if (represented != null && !countries.exists(represented)) {
            problems.add(new FieldProblem("representedCountryIso3", "event.venue.country.unknown"));
        }
        OrganisationChoice organisation = organisation(r.organisation(), organisationKnown, problems);
        String needs = tidy(r.needs());
        if (needs != null && needs.length() > 1000) {
            problems.add(new FieldProblem("needs", "event.registration.needs.tooLong"));
        }
        String language = tidy(r.language());
        if (language == null || !Languages.isSupported(language)) {
            language = Languages.isSupported(locale.getLanguage()) ? locale.getLanguage() : "en";
        }
        boolean consent = Boolean.TRUE.equals(r.consent());
        if (consentRequired && !consent) {
            problems.add(new FieldProblem("consent", "event.registration.consent.required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new Checked(
                email.toLowerCase(Locale.ROOT),
                given,
                family,
                gender,
                organisation,
                represented == null ? null : represented.toUpperCase(Locale.ROOT),
                role,
                needs,
                language,
                consent,
                Boolean.TRUE.equals(r.listed()));
    }

    private @Nullable OrganisationChoice organisation(
            @Nullable OrganisationChoice given, Predicate<Long> organisationKnown, List<FieldProblem> problems) {
        if (given == null || (given.id() == null && tidy(given.name()) == null)) {
            return null;
        }
        if (given.id() != null) {
            if (!organisationKnown.test(given.id())) {
                problems.add(new FieldProblem("organisation.id", "event.registration.organisation.unknown"));
            }
            return new OrganisationChoice(given.id(), null, null, null);
        }
        String name = tidy(given.name());
        if (name != null && name.length() > 300) {
            problems.add(new FieldProblem("organisation.name", "event.registration.organisation.name.tooLong"));
        }
        if (!taxonomy.contains(Vocabulary.ORGANISATION_TYPES, given.type())) {
            problems.add(new FieldProblem("organisation.type", "event.registration.organisation.type.unknown"));
        }
        String country = tidy(given.countryIso3());
        if (country != null && !countries.exists(country)) {
            problems.add(new FieldProblem("organisation.countryIso3", "event.venue.country.unknown"));
        } else if (country == null && !INTERNATIONAL.contains(given.type())) {
            problems.add(
                    new FieldProblem("organisation.countryIso3", "event.registration.organisation.country.required"));
        }
        return new OrganisationChoice(
                null, name, given.type(), country == null ? null : country.toUpperCase(Locale.ROOT));
    }

    private static String name(@Nullable String text, String field, List<FieldProblem> problems) {
        String name = tidy(text);
        if (name == null) {
            problems.add(new FieldProblem(field, "event.registration.name.required"));
            return "";
        }
        if (name.length() > 200) {
            problems.add(new FieldProblem(field, "event.registration.name.tooLong"));
        }
        return name;
    }

    private static @Nullable String tidy(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, @Nullable String text, E fallback, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "event.registration." + field + ".unknown"));
            return fallback;
        }
    }
}
