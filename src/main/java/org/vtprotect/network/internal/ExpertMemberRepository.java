package org.vtprotect.network.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vtprotect.network.MemberState;

public interface ExpertMemberRepository extends JpaRepository<ExpertMember, Long> {

    /** The member with this address (trimmed, lower-cased); erased members have none. */
    Optional<ExpertMember> findByEmail(String email);

    Optional<ExpertMember> findByApplicationId(long applicationId);

    /** The members in one state (search and matching read the active ones). */
    List<ExpertMember> findByState(MemberState state);
}
