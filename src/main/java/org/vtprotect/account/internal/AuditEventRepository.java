package org.vtprotect.account.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (:action = '' or e.action = :action) and (:actor = '' or lower(e.actor) like concat('%', :actor, '%'))
            order by e.at desc, e.id desc
            """)
    Page<AuditEvent> filter(@Param("action") String action, @Param("actor") String actor, Pageable pageable);
}
