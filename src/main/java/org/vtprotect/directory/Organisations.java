package org.vtprotect.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.internal.Organisation;
import org.vtprotect.directory.internal.OrganisationCheck;
import org.vtprotect.directory.internal.OrganisationRepository;
import org.vtprotect.directory.internal.PageBounds;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * Organisations as other modules see them: look one up, search, record one, or find-or-create one
 * by name and country. Invalid details fail with a 400 naming the fields ({@code name},
 * {@code acronym}, {@code type}, {@code countryIso3}), a second record of the same entity with a
 * {@link DuplicateOrganisation}.
 */
@Service
public class Organisations {

    /** An organisation, by value. */
    public record View(
            long id,
            String name,
            @Nullable String acronym,
            String type,
            @Nullable String countryIso3) {

        static View of(Organisation organisation) {
            return new View(
                    organisation.id(),
                    organisation.name(),
                    organisation.acronym(),
                    organisation.type(),
                    organisation.countryIso3());
        }
    }

    /** An organisation as someone describes it: its type is a code of the organisation types, its country ISO alpha-3. */
    public record Details(
            @Nullable String name,
            @Nullable String acronym,
            @Nullable String type,
            @Nullable String countryIso3) {}

    private static final Sort BY_NAME = Sort.by("sortName", "id");

    private final OrganisationRepository organisations;
    private final Taxonomy taxonomy;
    private final Countries countries;

    Organisations(OrganisationRepository organisations, Taxonomy taxonomy, Countries countries) {
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.countries = countries;
    }

    @Transactional(readOnly = true)
    public Optional<View> find(long id) {
        return organisations.findById(id).map(View::of);
    }

    /** Every organisation by name, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<View> all() {
        return organisations.findAll(BY_NAME).stream().map(View::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<View> findByAcronym(String acronym) {
        return organisations.findFirstByAcronymIgnoreCase(acronym).map(View::of);
    }

    /**
     * Organisations whose name or acronym contains the text (any case, any accents), optionally of
     * one type and in one country, by name. Page from 0, size from 1 to {@value PageBounds#MAX_SIZE}.
     */
    @Transactional(readOnly = true)
    public Page<View> search(
            @Nullable String text, @Nullable String type, @Nullable String country, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>(PageBounds.problems(page, size));
        if (type != null && !taxonomy.contains(Vocabulary.ORGANISATION_TYPES, type)) {
            problems.add(new FieldProblem("type", "organisation.type.unknown"));
        }
        if (country != null && !countries.exists(country)) {
            problems.add(new FieldProblem("country", "organisation.country.unknown"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String iso3 =
                country == null ? null : countries.find(country).orElseThrow().iso3();
        return organisations
                .findAll(OrganisationRepository.matching(text, type, iso3), PageRequest.of(page, size, BY_NAME))
                .map(View::of);
    }

    /** The organisation recorded under that name in that country, by the rule findOrCreate matches with. */
    @Transactional(readOnly = true)
    public Optional<View> findMatching(String name, @Nullable String countryIso3) {
        return organisations
                .findByMatchKey(Organisation.matchKey(name, countryIso3))
                .map(View::of);
    }

    /** The key two typings of one organisation share: the name (any case, tidy) and the country. */
    public static String matchKey(String name, @Nullable String countryIso3) {
        return Organisation.matchKey(name, countryIso3);
    }

    /** The organisations recorded under these {@link #matchKey match keys}, by key; unknown ones are absent. */
    @Transactional(readOnly = true)
    public Map<String, View> findByMatchKeys(Collection<String> keys) {
        List<String> distinct = keys.stream().distinct().toList();
        Map<String, View> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += 1_000) {
            organisations
                    .findByMatchKeyIn(distinct.subList(from, Math.min(from + 1_000, distinct.size())))
                    .forEach(organisation -> found.put(organisation.matchKey(), View.of(organisation)));
        }
        return found;
    }

    /** The existing organisation of that name in that country, or a new one. */
    @Transactional
    public View findOrCreate(String name, @Nullable String acronym, String type, @Nullable String countryIso3) {
        return organisations
                .findByMatchKey(Organisation.matchKey(name, countryIso3))
                .map(View::of)
                .orElseGet(() -> create(new Details(name, acronym, type, countryIso3)));
    }

    /**
     * The organisations these typings name, by {@link #matchKey match key}, as {@link #findOrCreate}
     * finds or creates one (an import): the recorded ones looked up together, the others checked
     * first and then recorded together. The first typing of a key describes a new organisation; an
     * invalid one is a 400 and nothing is recorded.
     */
    @Transactional
    public Map<String, View> findOrCreateAll(Collection<Details> typings) {
        Map<String, Details> byKey = new LinkedHashMap<>();
        for (Details typing : typings) {
            byKey.putIfAbsent(Organisation.matchKey(typing.name(), typing.countryIso3()), typing);
        }
        Map<String, View> found = findByMatchKeys(byKey.keySet());
        List<Organisation> created = new ArrayList<>();
        OrganisationCheck check = new OrganisationCheck(taxonomy, countries);
        for (Map.Entry<String, Details> typing : byKey.entrySet()) {
            if (!found.containsKey(typing.getKey())) {
                Details details = typing.getValue();
                List<FieldProblem> problems = check.problems(details);
                if (!problems.isEmpty()) {
                    throw ProblemException.invalid(problems);
                }
                created.add(new Organisation(details.name(), details.acronym(), details.type(), details.countryIso3()));
            }
        }
        try {
            organisations.saveAllAndFlush(created).forEach(o -> found.put(o.matchKey(), View.of(o)));
        } catch (DataIntegrityViolationException recordedMeanwhile) {
            // another request recorded one of them since the look-up
            throw ProblemException.conflict("organisation.duplicate.meanwhile");
        }
        return found;
    }

    /** Records a new organisation, unless the same entity is already recorded. */
    @Transactional
    public View create(Details details) {
        check(details, null);
        return View.of(organisations.save(
                new Organisation(details.name(), details.acronym(), details.type(), details.countryIso3())));
    }

    /** Corrects an organisation's details; it may not become a second record of another entity. */
    @Transactional
    public View change(long id, Details details) {
        Organisation organisation = organisations.findById(id).orElseThrow(ProblemException::notFound);
        check(details, id);
        organisation.change(details.name(), details.acronym(), details.type(), details.countryIso3());
        return View.of(organisation);
    }

    private void check(Details details, @Nullable Long self) {
        List<FieldProblem> problems = new OrganisationCheck(taxonomy, countries).problems(details);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        var same = organisations.findByMatchKey(Organisation.matchKey(details.name(), details.countryIso3()));
        if (same.isPresent() && !same.get().id().equals(self)) {
            throw new DuplicateOrganisation(View.of(same.get()));
        }
    }
}
