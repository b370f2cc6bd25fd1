package org.vtprotect.network.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertMemberRepository extends JpaRepository<ExpertMember, Long> {

    /** The member with this address (trimmed, lower-cased); erased members have none. */
    Optional<ExpertMember> findByEmail(String email);

    Optional<ExpertMember> findByApplicationId(long applicationId);
}
