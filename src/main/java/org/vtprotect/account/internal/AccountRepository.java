package org.vtprotect.account.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    /**
     * Locks the enabled administrators' rows until the transaction ends, so that two
     * administrators disabling each other at once cannot leave the platform without one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select a from Account a join a.roles r where r = org.vtprotect.platform.Role.ADMINISTRATOR and a.enabled = true")
    List<Account> lockEnabledAdministrators();

    /**
     * Uses up the TOTP time step {@code step} for the account: true only for the first caller, so
     * that a code seen once (over a shoulder, in a proxy log) cannot sign anyone in again.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update Account a set a.totpLastStep = :step where a.id = :id and a.totpEnabled = true and (a.totpLastStep is null or a.totpLastStep < :step)")
    int useTotpStep(@Param("id") long id, @Param("step") long step);

    @Query("""
            select a from Account a
            where :q = '' or lower(a.email) like concat('%', :q, '%') or lower(a.displayName) like concat('%', :q, '%')
            """)
    Page<Account> search(@Param("q") String query, Pageable pageable);
}
