package org.vtprotect.account.internal;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
            select a from Account a
            where :q = '' or lower(a.email) like concat('%', :q, '%') or lower(a.displayName) like concat('%', :q, '%')
            """)
    Page<Account> search(@Param("q") String query, Pageable pageable);
}
