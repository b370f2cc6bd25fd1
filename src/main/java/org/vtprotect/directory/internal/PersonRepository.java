package org.vtprotect.directory.internal;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.QueryHints;

public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    /** The person with this address, already normalised. */
    Optional<Person> findByEmail(String email);

    /** The people with these addresses, already normalised; for reading only (see {@link OrganisationRepository#findByMatchKeyIn}). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<Person> findByEmailIn(Collection<String> emails);

    List<Person> findByOrganisationId(long organisationId, Pageable page);

    long countByOrganisationId(long organisationId);

    /** People whose name or e-mail holds every word of the text (any case, any accents), of an organisation, from a country. */
    static Specification<Person> matching(
            @Nullable String text, @Nullable Long organisationId, @Nullable String country) {
        Specification<Person> spec = Specification.unrestricted();
        for (String pattern : text == null ? java.util.List.<String>of() : SearchText.containingEach(text)) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("searchText"), pattern, '\\'));
        }
        if (organisationId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("organisationId"), organisationId));
        }
        if (country != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("countryIso3"), country));
        }
        return spec;
    }
}
