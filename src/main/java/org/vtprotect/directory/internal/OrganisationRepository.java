package org.vtprotect.directory.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByMatchKey(String matchKey);

    Optional<Organisation> findFirstByAcronymIgnoreCase(String acronym);
}
