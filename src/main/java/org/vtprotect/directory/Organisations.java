package org.vtprotect.directory;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.internal.Organisation;
import org.vtprotect.directory.internal.OrganisationRepository;

/** Organisations as other modules see them: look one up, or find-or-create one by name and country. */
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

    private final OrganisationRepository organisations;

    Organisations(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Optional<View> find(long id) {
        return organisations.findById(id).map(View::of);
    }

    /** Every organisation by name, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<View> all() {
        return organisations.findAll(Sort.by("name")).stream().map(View::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<View> findByAcronym(String acronym) {
        return organisations.findFirstByAcronymIgnoreCase(acronym).map(View::of);
    }

    /** The existing organisation of that name in that country, or a new one. */
    @Transactional
    public View findOrCreate(String name, @Nullable String acronym, String type, @Nullable String countryIso3) {
        return organisations
                .findByMatchKey(Organisation.matchKey(name, countryIso3))
                .map(View::of)
                .orElseGet(() -> View.of(organisations.save(new Organisation(name, acronym, type, countryIso3))));
    }
}
