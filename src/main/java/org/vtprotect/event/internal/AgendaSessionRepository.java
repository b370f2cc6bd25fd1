package org.vtprotect.event.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaSessionRepository extends JpaRepository<AgendaSession, Long> {

    List<AgendaSession> findByEventIdOrderByDayAscStartsAtAscIdAsc(long eventId);

    Optional<AgendaSession> findByIdAndEventId(long id, long eventId);
}
