package org.vtprotect.directory.internal;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface OrganisationRepository
        extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    Optional<Organisation> findByMatchKey(String matchKey);

    /**
     * For reading only: the organisations found are not watched for changes, so that the thousands
     * an import looks up do not make every later query of its transaction check them all first.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
    List<Organisation> findByMatchKeyIn(Collection<String> matchKeys);

    /** The ids among these that are recorded, without loading the organisations. */
    @Query("SELECT o.id FROM Organisation o WHERE o.id IN :ids")
    List<Long> findIdsByIdIn(Collection<Long> ids);

    Optional<Organisation> findFirstByAcronymIgnoreCase(String acronym);

    /** Organisations whose name or acronym holds every word of the text (any case, any accents), of a type, in a country. */
    static Specification<Organisation> matching(
            @Nullable String text, @Nullable String type, @Nullable String country) {
        Specification<Organisation> spec = Specification.unrestricted();
        for (String pattern : text == null ? java.util.List.<String>of() : SearchText.containingEach(text)) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("searchText"), pattern, '\\'));
        }
        if (type != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
        }
        if (country != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("countryIso3"), country));
        }
        return spec;
    }
}
