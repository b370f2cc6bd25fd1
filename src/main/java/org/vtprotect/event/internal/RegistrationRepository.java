package org.vtprotect.event.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    boolean existsByEventIdAndPersonId(long eventId, long personId);

    Optional<Registration> findByEventIdAndPersonId(long eventId, long personId);

    Optional<Registration> findByIdAndEventId(long id, long eventId);

    List<Registration> findByEventIdOrderByIdAsc(long eventId);
}
