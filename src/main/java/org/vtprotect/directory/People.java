package org.vtprotect.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.internal.OrganisationRepository;
import org.vtprotect.directory.internal.PageBounds;
import org.vtprotect.directory.internal.Person;
import org.vtprotect.directory.internal.PersonCheck;
import org.vtprotect.directory.internal.PersonRepository;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;

/**
 * People as other modules see them: a person is their e-mail address, trimmed and lower-cased.
 * Invalid details fail with a 400 naming the fields ({@code email}, {@code givenName},
 * {@code familyName}, {@code organisationId}, {@code countryIso3}). People are personal data:
 * show them to programme staff only.
 */
@Service
public class People {

    /** A person, by value. */
    public record View(
            long id,
            String givenName,
            String familyName,
            String email,
            Gender gender,
            @Nullable Long organisationId,
            @Nullable String countryIso3) {

        static View of(Person person) {
            return new View(
                    person.id(),
                    person.givenName(),
                    person.familyName(),
                    person.email(),
                    person.gender(),
                    person.organisationId(),
                    person.countryIso3());
        }
    }

    /** A person as someone describes them; no gender given means {@link Gender#UNDISCLOSED}. */
    public record Details(
            @Nullable String email,
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable Gender gender,
            @Nullable Long organisationId,
            @Nullable String countryIso3) {}

    /** The family name an erased person keeps: not a person's name, and never shown as one. */
    public static final String ERASED_NAME = "-";

    /** Values in one {@code IN} list: well under what every database accepts. */
    private static final int IN_LIST = 1_000;

    private static final Sort BY_NAME = Sort.by("sortName", "id");

    private final PersonRepository people;
    private final PersonCheck check;

    People(PersonRepository people, OrganisationRepository organisations, Countries countries) {
        this.people = people;
        this.check = new PersonCheck(organisations, countries);
    }

    @Transactional(readOnly = true)
    public Optional<View> find(long id) {
        return people.findById(id).map(View::of);
    }

    /** The person with this address, in any case and with any surrounding spaces. */
    @Transactional(readOnly = true)
    public Optional<View> findByEmail(@Nullable String email) {
        return email == null
                ? Optional.empty()
                : people.findByEmail(Person.normaliseEmail(email)).map(View::of);
    }

    /** The person with this address as already recorded, or a new person with these details. */
    @Transactional
    public View findOrCreate(Details details) {
        return findByEmail(details.email()).orElseGet(() -> create(details));
    }

    /** The people recorded with these addresses (any case), by normalised address; unknown ones are absent. */
    @Transactional(readOnly = true)
    public Map<String, View> findByEmails(Collection<String> emails) {
        List<String> normalised =
                emails.stream().map(Person::normaliseEmail).distinct().toList();
        Map<String, View> found = new HashMap<>();
        for (int from = 0; from < normalised.size(); from += IN_LIST) {
            people.findByEmailIn(normalised.subList(from, Math.min(from + IN_LIST, normalised.size())))
                    .forEach(person -> found.put(person.email(), View.of(person)));
        }
        return found;
    }

    /**
     * Records new people at once, as {@link #create} records one (an import): every one is checked
     * first, then all are written; an address already recorded, or given twice, is a problem and
     * nothing is written.
     */
    @Transactional
    public List<View> createAll(List<Details> all) {
        Set<Long> organisations = check.recordedOrganisations(all.stream()
                .map(Details::organisationId)
                .filter(java.util.Objects::nonNull)
                .toList());
        Set<String> addresses = new HashSet<>();
        for (Details details : all) {
            List<FieldProblem> problems = check.problems(details, organisations::contains);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            if (!addresses.add(Person.normaliseEmail(details.email()))) {
                throw ProblemException.invalid("email", "person.email.taken");
            }
        }
        if (!findByEmails(addresses).isEmpty()) {
            throw ProblemException.invalid("email", "person.email.taken");
        }
        List<Person> created = all.stream()
                .map(details -> new Person(
                        details.email(),
                        details.givenName(),
                        details.familyName(),
                        gender(details),
                        details.organisationId(),
                        details.countryIso3()))
                .toList();
        try {
            return people.saveAllAndFlush(created).stream().map(View::of).toList();
        } catch (DataIntegrityViolationException recordedMeanwhile) {
            throw ProblemException.invalid("email", "person.email.taken");
        }
    }

    /** Records what is now known about the person with this address: creates them, or replaces their details. */
    @Transactional
    public View record(Details details) {
        validate(details);
        Optional<Person> known = people.findByEmail(Person.normaliseEmail(details.email()));
        if (known.isEmpty()) {
            return create(details);
        }
        describe(known.get(), details);
        return View.of(known.get());
    }

    /** Records a new person; their address may not be anyone else's. */
    @Transactional
    public View create(Details details) {
        validate(details);
        if (people.findByEmail(Person.normaliseEmail(details.email())).isPresent()) {
            throw ProblemException.invalid("email", "person.email.taken");
        }
        try {
            return View.of(people.saveAndFlush(new Person(
                    details.email(),
                    details.givenName(),
                    details.familyName(),
                    gender(details),
                    details.organisationId(),
                    details.countryIso3())));
        } catch (DataIntegrityViolationException recordedMeanwhile) {
            throw ProblemException.invalid("email", "person.email.taken");
        }
    }

    /**
     * Erases the person with this address (any case) at their request, keeping the row under its
     * id: the address becomes {@link #erasedEmail(long)}, the given name is cleared, the family
     * name becomes {@link #ERASED_NAME}; gender, organisation and country stay, as the statistics
     * count them. The directory depends on no module that knows when a person is erased: the
     * module erasing what refers to the person calls this (the event module, on {@code
     * account.AccountErased}). Returns the erased person's id, or empty when no one has the address.
     */
    @Transactional
    public Optional<Long> erase(String email) {
        Optional<Person> found = people.findByEmail(Person.normaliseEmail(email));
        found.ifPresent(person -> {
            person.erase(erasedEmail(person.id()), ERASED_NAME);
            people.saveAndFlush(person);
        });
        return found.map(Person::id);
    }

    /** The address an erased person takes instead of theirs. */
    public static String erasedEmail(long personId) {
        return "erased-person-" + personId + "@erased.invalid";
    }

    /** Corrects a person's details, their address included, which may not be anyone else's. */
    @Transactional
    public View change(long id, Details details) {
        Person person = people.findById(id).orElseThrow(ProblemException::notFound);
        validate(details);
        String email = Person.normaliseEmail(details.email());
        if (!email.equals(person.email())) {
            if (people.findByEmail(email).isPresent()) {
                throw ProblemException.invalid("email", "person.email.taken");
            }
            person.changeEmail(email);
        }
        describe(person, details);
        return View.of(person);
    }

    /** People whose name or address contains the text (any case, any accents), by family name. */
    @Transactional(readOnly = true)
    public Page<View> search(
            @Nullable String text, @Nullable Long organisationId, @Nullable String country, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>(PageBounds.problems(page, size));
        if (country != null && !check.countries().exists(country)) {
            problems.add(new FieldProblem("country", "person.country.unknown"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String iso3 = country == null
                ? null
                : check.countries().find(country).orElseThrow().iso3();
        return people.findAll(
                        PersonRepository.matching(text, organisationId, iso3), PageRequest.of(page, size, BY_NAME))
                .map(View::of);
    }

    /** The first people of an organisation by name, for showing beside it. */
    @Transactional(readOnly = true)
    public List<View> ofOrganisation(long organisationId, int limit) {
        return people.findByOrganisationId(organisationId, PageRequest.of(0, limit, BY_NAME)).stream()
                .map(View::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public long countOfOrganisation(long organisationId) {
        return people.countByOrganisationId(organisationId);
    }

    private void validate(Details details) {
        List<FieldProblem> problems = check.problems(details);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static void describe(Person person, Details details) {
        person.describe(
                details.givenName(),
                details.familyName(),
                gender(details),
                details.organisationId(),
                details.countryIso3());
    }

    private static Gender gender(Details details) {
        return details.gender() == null ? Gender.UNDISCLOSED : details.gender();
    }
}
