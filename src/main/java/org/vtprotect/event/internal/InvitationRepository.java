package org.vtprotect.event.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vtprotect.event.InvitationState;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    boolean existsByEventIdAndEmail(long eventId, String email);

    /** The invitation one of whose links has this hash, at this event. */
    @Query("select i from Invitation i join i.tokenHashes t where i.eventId = :eventId and t = :hash")
    Optional<Invitation> findByToken(@Param("eventId") long eventId, @Param("hash") String hash);

    Page<Invitation> findByEventId(long eventId, Pageable page);

    Page<Invitation> findByEventIdAndState(long eventId, InvitationState state, Pageable page);

    List<Invitation> findByEventIdAndStateOrderByIdAsc(long eventId, InvitationState state);

    @Query("select i.state, count(i) from Invitation i where i.eventId = :eventId group by i.state")
    List<Object[]> countByState(@Param("eventId") long eventId);
}
